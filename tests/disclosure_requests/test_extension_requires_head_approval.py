"""依申请公开 第五条: an extension needs the head's recorded approval and a notice to the applicant,
and adds at most 20 working days, once."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from disclosure_requests import services

from .factories import action_url, denied

pytestmark = pytest.mark.django_db
D = datetime.date


def test_drafter_cannot_extend(client, staff, received, as_user, on_day):
    on_day(D(2026, 11, 20))
    as_user(staff.drafter)
    response = client.post(action_url(received, "approve_extension"), {"days": 10, "reasons": "信息量大"})
    assert denied(response)
    received.refresh_from_db()
    assert received.extension_days == 0 and not received.letters.exists()


def test_head_approves_and_applicant_is_told(client, staff, received, as_user, on_day):
    on_day(D(2026, 11, 20))
    as_user(staff.head)
    client.post(action_url(received, "approve_extension"), {"days": 20, "reasons": "信息量大，需要汇总核对"})
    received.refresh_from_db()
    assert received.extension_days == 20
    assert received.extension_approved_by == staff.head and received.extension_approved_on == D(2026, 11, 20)
    letter = received.letters.get(kind="extension")
    assert letter.to_applicant and "延长20个工作日" in letter.body and "2026年12月28日" in letter.body
    assert received.events.get(kind="extended").actor == staff.head


def test_general_office_head_may_approve(staff, received, on_day):
    on_day(D(2026, 11, 20))
    services.approve_extension(received, staff.office_head, 5, "需协调")
    received.refresh_from_db()
    assert received.extension_days == 5


def test_more_than_twenty_days_refused(client, staff, received, as_user, on_day):
    on_day(D(2026, 11, 20))
    as_user(staff.head)
    response = client.post(action_url(received, "approve_extension"), {"days": 21, "reasons": "x"})
    assert "延长的期限最长不得超过20个工作日。" in response.content.decode()
    with pytest.raises(ValidationError):
        services.approve_extension(received, staff.head, 21, "x")
    received.refresh_from_db()
    assert received.extension_days == 0


def test_only_once_and_only_within_the_period(staff, received, on_day):
    on_day(D(2026, 12, 1))  # the 20 working days ended on 11-30
    with pytest.raises(ValidationError, match="届满"):
        services.approve_extension(received, staff.head, 5, "x")
    on_day(D(2026, 11, 30))
    services.approve_extension(received, staff.head, 5, "x")
    with pytest.raises(ValidationError, match="不能再次延长"):
        services.approve_extension(received, staff.head, 5, "y")


def test_reasons_required(staff, received, on_day):
    on_day(D(2026, 11, 20))
    with pytest.raises(ValidationError):
        services.approve_extension(received, staff.head, 5, "  ")
