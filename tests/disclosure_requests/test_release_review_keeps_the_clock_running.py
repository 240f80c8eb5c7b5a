"""条例 第三十三条: the release review is internal; the 20-working-day answer period runs through it."""

import datetime

import pytest
from django.urls import reverse

from disclosure_requests import clocks

pytestmark = pytest.mark.django_db
D = datetime.date


def test_deadline_is_unchanged_and_can_pass_during_review(client, staff, proposed, received, as_user, on_day):
    before = clocks.answer_status(received)
    assert before.due_on == D(2026, 11, 30)  # received Monday 11-02, + 20 working days
    on_day(D(2026, 12, 1))
    received.refresh_from_db()
    status = clocks.answer_status(received)
    assert status.due_on == D(2026, 11, 30) and status.overdue
    as_user(staff.head)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert received.tracking_number in html and "已超期" in html
