"""依申请公开 第五条 / 条例 第三十三条: 20 working days from receipt on the official calendar, plus an
approved extension; consultation time not counted; computed, never stored."""

import datetime

import pytest

from disclosure_requests import clocks, services
from disclosure_requests.models import Consultation, State
from workdays.models import CalendarDay

from .factories import DisclosureRequestFactory

pytestmark = pytest.mark.django_db
D = datetime.date


def make(received_on, **kwargs):
    return DisclosureRequestFactory(received_on=received_on, **kwargs)


def test_twenty_working_days_without_holidays(db):
    assert clocks.answer_due(make(D(2026, 11, 2)), on=D(2026, 11, 2)) == D(2026, 11, 30)


def test_national_day_and_its_makeup_saturday(db):
    # 09-25 中秋 and 10-01..07 off; Saturday 10-10 is a 调休 working day.
    assert clocks.answer_due(make(D(2026, 9, 21)), on=D(2026, 9, 21)) == D(2026, 10, 26)


def test_amendment_notice_due_in_seven_working_days_across_the_holiday(db):
    r = make(D(2026, 9, 28))
    # 09-29, 09-30, (holiday), 10-08, 10-09, 10-10 (调休), 10-12, 10-13
    assert clocks.amendment_notice_due(r) == D(2026, 10, 13)


def test_year_boundary_into_2027_with_an_administrator_override(db):
    r = make(D(2026, 12, 15))
    # Without corrections: 12-16..12-31 = 12 working days, 01-01 off, 01-04..01-13 = 8 more.
    assert clocks.answer_due(r, on=D(2026, 12, 15)) == D(2027, 1, 13)
    CalendarDay.objects.create(date=D(2027, 1, 4), is_working_day=False, note="元旦延长假期")
    CalendarDay.objects.create(date=D(2027, 1, 9), is_working_day=True, note="元旦调休补班")
    # 01-04 now off, Saturday 01-09 counts: still 20 working days, landing on 01-13.
    assert clocks.answer_due(r, on=D(2026, 12, 15)) == D(2027, 1, 13)
    CalendarDay.objects.create(date=D(2027, 1, 5), is_working_day=False, note="假期")
    assert clocks.answer_due(r, on=D(2026, 12, 15)) == D(2027, 1, 14)


def test_overdue_is_computed_from_today(db):
    r = make(D(2026, 11, 2))
    assert not clocks.answer_status(r, on=D(2026, 11, 30)).overdue
    late = clocks.answer_status(r, on=D(2026, 12, 1))
    assert late.overdue and "已超期" in late.label
    assert not hasattr(r, "is_overdue")  # nothing stored that could go stale


def test_due_soon_counts_working_days_left(db):
    r = make(D(2026, 11, 2))
    assert clocks.answer_status(r, on=D(2026, 11, 23), due_soon_days=5).due_soon  # 5 working days left
    assert not clocks.answer_status(r, on=D(2026, 11, 20), due_soon_days=5).due_soon  # 6 left


def test_clock_restarts_from_the_amended_request(staff, on_day):
    on_day(D(2026, 11, 4))
    r = make(D(2026, 11, 2), handling_section=staff.section)
    services.request_amendment(r, staff.drafter, "请写明年度", D(2026, 11, 20))
    r.refresh_from_db()
    assert clocks.answer_due(r) is None  # waiting for the applicant
    on_day(D(2026, 11, 16))
    services.record_amendment(r, staff.drafter, D(2026, 11, 16))
    r.refresh_from_db()
    assert clocks.answer_due(r, on=D(2026, 11, 16)) == D(2026, 12, 14)


def test_consultation_pauses_the_clock(staff, on_day):
    on_day(D(2026, 11, 4))
    r = make(D(2026, 11, 2), handling_section=staff.section)
    consultation = services.start_consultation(r, staff.drafter, "某科技公司", "接口说明")
    r.refresh_from_db()
    assert r.state == State.CONSULTING
    # while the consultation runs the deadline moves with today
    assert clocks.answer_due(r, on=D(2026, 11, 4)) == D(2026, 11, 30)
    assert clocks.answer_due(r, on=D(2026, 11, 11)) == D(2026, 12, 7)  # 5 working days paused
    assert clocks.answer_status(r, on=D(2026, 11, 11)).paused
    on_day(D(2026, 11, 11))
    services.record_consultation_reply(consultation, staff.drafter, "agree", D(2026, 11, 11))
    r.refresh_from_db()
    # after the reply the pause is fixed: 11-05..11-11 (5 working days) not counted
    assert clocks.answer_due(r, on=D(2026, 12, 1)) == D(2026, 12, 7)


def test_third_party_reply_due_in_fifteen_working_days_from_its_receipt(db):
    r = make(D(2026, 9, 21))
    c = Consultation(request=r, party_name="某公司", matters="x", sent_on=D(2026, 9, 22),
                     party_received_on=D(2026, 9, 24))
    # 09-25 中秋 off; 09-28..30 (3), 10-08..10-10 (6), 10-12..16 (11), 10-19..22 (15)
    assert clocks.consultation_reply_due(c) == D(2026, 10, 22)


def test_extension_adds_working_days_after_the_period(db):
    r = make(D(2026, 11, 2), extension_days=20)
    assert clocks.answer_due(r, on=D(2026, 11, 2)) == D(2026, 12, 28)
    assert clocks.answer_due(r, on=D(2026, 11, 2), with_extension=False) == D(2026, 11, 30)


def test_consultation_and_fee_clocks_into_2027_with_overrides(db):
    from disclosure_requests.models import FeeNotice

    r = make(D(2026, 12, 1))
    c = Consultation(request=r, party_name="某公司", matters="x", sent_on=D(2026, 12, 21))
    fee = FeeNotice(request=r, basis="per_page", quantity=40, amount=100, explanation="x", issued_on=D(2026, 12, 21))
    # 12-22..12-31 = 8 working days, 01-01 off, 01-04..01-08 = 13, 01-11, 01-12 = 15
    assert clocks.consultation_reply_due(c) == D(2027, 1, 12)
    assert clocks.fee_payment_due(fee) == D(2027, 1, 19)
    CalendarDay.objects.create(date=D(2027, 1, 11), is_working_day=False, note="调整放假")
    assert clocks.consultation_reply_due(c) == D(2027, 1, 13)
    assert clocks.fee_payment_due(fee) == D(2027, 1, 20)
