"""The history view of a request is scoped like its handling page (个人信息保护法: access limited to
those whose duty needs it): the handling section, the general office and superusers; 403 otherwise."""

import pytest
from django.urls import reverse

from .factories import denied

pytestmark = pytest.mark.django_db


def history_url(r):
    return reverse("disclosure_requests_disclosurerequest_modeladmin_history", args=[r.pk])


def test_other_section_cannot_open_the_history(client, staff, received, as_user):
    as_user(staff.outsider)
    response = client.get(history_url(received))
    assert denied(response)
    assert received.tracking_number not in response.content.decode()
    assert denied(client.get(history_url(received), HTTP_X_REQUESTED_WITH="XMLHttpRequest"))


@pytest.mark.parametrize("who", ["drafter", "head", "office_clerk"])
def test_handling_section_and_general_office_open_the_history(client, staff, received, as_user, who):
    as_user(getattr(staff, who))
    response = client.get(history_url(received))
    assert response.status_code == 200
    assert received.tracking_number in response.content.decode()
