"""Per client, the form and the status look-up are limited (abuse, guessing of query codes)."""

import pytest
import time_machine
from django.urls import reverse

from complaints.models import Complaint

from .factories import complaint_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen_clock():
    """django-ratelimit's windows have fixed edges: a stopped clock never crosses one mid-test."""
    with time_machine.travel("2026-06-01 10:00 +08:00", tick=False):
        yield


def test_submissions_are_limited_per_client(client, portal, settings):
    settings.COMPLAINTS_SUBMISSION_RATE = "2/3600"
    for _ in range(2):
        assert client.post(reverse("complaints:form"), complaint_form_data()).status_code == 302
    response = client.post(reverse("complaints:form"), complaint_form_data())
    assert response.status_code == 429 and "操作过于频繁" in response.content.decode()
    assert Complaint.objects.count() == 2
    other = type(client)(REMOTE_ADDR="10.0.0.9")
    assert other.post(reverse("complaints:form"), complaint_form_data()).status_code == 302


def test_lookups_are_limited_per_client(client, portal, settings):
    settings.COMPLAINTS_LOOKUP_RATE = "3/600"
    data = {"tracking_number": "JDJB20260101-AAAAAA", "query_code": "WRONG234"}
    statuses = [client.post(reverse("complaints:lookup"), data).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
