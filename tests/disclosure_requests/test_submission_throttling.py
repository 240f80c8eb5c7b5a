"""Throttling per client: a client may submit only so many requests per window (setting-driven)."""

import pytest
from django.urls import reverse

from disclosure_requests.models import DisclosureRequest

from .factories import form_data

pytestmark = pytest.mark.django_db


def test_submissions_beyond_the_rate_are_refused(client, portal, settings):
    settings.DISCLOSURE_REQUESTS_SUBMISSION_RATE = "2/3600"
    for _ in range(2):
        assert client.post(reverse("disclosure_requests:apply"), form_data()).status_code == 302
    response = client.post(reverse("disclosure_requests:apply"), form_data())
    assert response.status_code == 429
    assert "提交得过于频繁" in response.content.decode()
    assert DisclosureRequest.objects.count() == 2


def test_other_clients_are_not_affected(client, portal, settings):
    settings.DISCLOSURE_REQUESTS_SUBMISSION_RATE = "1/3600"
    url = reverse("disclosure_requests:apply")
    assert client.post(url, form_data(), REMOTE_ADDR="10.0.0.1").status_code == 302
    assert client.post(url, form_data(), REMOTE_ADDR="10.0.0.1").status_code == 429
    assert client.post(url, form_data(), REMOTE_ADDR="10.0.0.2").status_code == 302


def test_raised_rate_lets_a_load_run_through(client, portal, settings):
    settings.DISCLOSURE_REQUESTS_SUBMISSION_RATE = "100000/3600"
    url = reverse("disclosure_requests:apply")
    assert all(client.post(url, form_data()).status_code == 302 for _ in range(8))


def test_status_lookups_are_throttled(client, portal, settings):
    settings.DISCLOSURE_REQUESTS_LOOKUP_RATE = "3/600"
    url = reverse("disclosure_requests:status")
    codes = [client.post(url, {"tracking_number": "YSQ20260101-AAAAAA", "query_code": "BBBBBBBB"}).status_code
             for _ in range(4)]
    assert codes == [200, 200, 200, 429]
