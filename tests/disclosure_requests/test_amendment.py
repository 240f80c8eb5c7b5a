"""条例 第三十条: one amendment notice within 7 working days of receipt, with a deadline and the
consequence; no amendment in time means the request is abandoned (年报 （六）1)."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from disclosure_requests import services
from disclosure_requests.models import NationalOutcome, State

from .factories import action_url

pytestmark = pytest.mark.django_db
D = datetime.date


def test_notice_letter_names_items_deadline_and_consequence(staff, received, on_day):
    on_day(D(2026, 11, 5))
    services.request_amendment(received, staff.drafter, "请写明所需目录的年度。", D(2026, 11, 20))
    letter = received.letters.get(kind="amendment")
    assert letter.title == "补正告知书"
    assert "请写明所需目录的年度。" in letter.body
    assert "2026年11月20日" in letter.body
    assert "视为您放弃申请" in letter.body


def test_notice_after_seven_working_days_is_refused(client, staff, received, as_user, on_day):
    on_day(D(2026, 11, 12))  # receipt Monday 11-02: the 7th working day is 11-11
    as_user(staff.drafter)
    response = client.post(action_url(received, "request_amendment"), {"items": "x", "deadline": "2026-11-30"})
    assert "已超过期限" in response.content.decode()
    received.refresh_from_db()
    assert received.state == State.RECEIVED


def test_only_one_notice(staff, received, on_day):
    on_day(D(2026, 11, 3))
    services.request_amendment(received, staff.drafter, "x", D(2026, 11, 10))
    services.record_amendment(received, staff.drafter, D(2026, 11, 3))
    with pytest.raises(ValidationError, match="一次性"):
        services.request_amendment(received, staff.drafter, "y", D(2026, 11, 10))


def test_abandoned_only_after_the_deadline(client, staff, received, as_user, on_day):
    on_day(D(2026, 11, 3))
    services.request_amendment(received, staff.drafter, "x", D(2026, 11, 10))
    with pytest.raises(ValidationError, match="尚未届满"):
        services.abandon_unamended(received, staff.drafter)
    on_day(D(2026, 11, 11))
    as_user(staff.drafter)
    client.post(action_url(received, "abandon_unamended"), {"confirm": "on"})
    received.refresh_from_db()
    assert received.state == State.CLOSED
    assert received.outcome == NationalOutcome.OTHER_NOT_AMENDED
    assert received.closed_on == D(2026, 11, 11)
    assert "第三十条" in received.letters.get(kind="termination").body


def test_deadline_must_be_in_the_future(staff, received, on_day):
    on_day(D(2026, 11, 3))
    with pytest.raises(ValidationError):
        services.request_amendment(received, staff.drafter, "x", D(2026, 11, 3))


def test_applicant_sees_the_amendment_deadline(client, staff, received, on_day):
    from django.urls import reverse

    on_day(D(2026, 11, 5))
    services.request_amendment(received, staff.drafter, "请写明年度", D(2026, 11, 20))
    html = client.post(reverse("disclosure_requests:status"),
                       {"tracking_number": received.tracking_number, "query_code": "CODE2345"}).content.decode()
    assert "待补正" in html and "2026-11-20" in html and "补正告知书" in html
