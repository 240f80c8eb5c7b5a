"""Work per submission and per list page is bounded: queries are counted, not timed."""

import datetime

import pytest
from django.urls import reverse

from .factories import DisclosureRequestFactory, form_data, index_url

pytestmark = pytest.mark.django_db


def test_a_submission_takes_a_fixed_number_of_queries(client, portal, django_assert_max_num_queries):
    client.get(reverse("disclosure_requests:apply"))
    with django_assert_max_num_queries(25):
        assert client.post(reverse("disclosure_requests:apply"), form_data()).status_code == 302


def test_request_list_does_not_query_per_row(client, staff, as_user, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    DisclosureRequestFactory(received_on=datetime.date(2026, 11, 2), handling_section=staff.section)
    as_user(staff.drafter)
    client.get(index_url())  # makes the site's settings on first use: a change, read again next time
    client.get(index_url())  # the worker holds the site and its settings (page_cache.site_identity)
    with CaptureQueriesContext(connection) as few:
        client.get(index_url())
    for _ in range(15):
        DisclosureRequestFactory(received_on=datetime.date(2026, 11, 2), handling_section=staff.section)
    with django_assert_num_queries(len(few)):
        response = client.get(index_url())
    assert response.status_code == 200


def test_a_citizens_submission_writes_no_session(client, portal):
    """The confirmation travels in a signed cookie read once (security.confirmation): a burst of
    submissions writes no session rows, and the number is shown once."""
    from django.contrib.sessions.models import Session

    client.get(reverse("disclosure_requests:apply"))
    response = client.post(reverse("disclosure_requests:apply"), form_data())
    done = client.get(response["Location"])
    assert 'id="tracking-number"' in done.content.decode()
    assert Session.objects.count() == 0 and "sessionid" not in client.cookies
    assert client.get(response["Location"]).status_code == 302  # read once: back to the form


def test_an_altered_confirmation_cookie_shows_nothing(client, portal):
    client.cookies["yisqgk_done"] = '{"tracking_number": "YSQ20261130-FORGED", "code": "X"}'
    assert client.get(reverse("disclosure_requests:submitted")).status_code == 302
