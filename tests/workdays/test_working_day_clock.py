"""主动公开制度 第四条 and 依申请公开 第五条 count working days on the official calendar."""

import datetime

import pytest

from workdays.models import CalendarDay
from workdays.official_calendar import WorkingDayCalendar, add_working_days

pytestmark = pytest.mark.django_db


def d(text):
    return datetime.date.fromisoformat(text)


def test_national_day_week_is_not_counted():
    # 2026-09-30 (Wed): 10-01..10-07 are off, 10-08 is the first working day after it.
    assert add_working_days(d("2026-09-30"), 1) == d("2026-10-08")


def test_makeup_saturday_counts_as_a_working_day():
    calendar = WorkingDayCalendar()
    assert calendar.is_working_day(d("2026-10-10"))  # 国庆调休补班 (Saturday)
    assert not calendar.is_working_day(d("2026-10-17"))  # an ordinary Saturday
    # Friday 10-09 + 1 working day = the makeup Saturday 10-10.
    assert add_working_days(d("2026-10-09"), 1) == d("2026-10-10")


def test_count_starts_the_day_after_the_start_date():
    # Monday 2026-11-02: 20 working days later, with no holiday in between, is Monday 11-30.
    assert add_working_days(d("2026-11-02"), 20) == d("2026-11-30")
    assert add_working_days(d("2026-11-02"), 0) == d("2026-11-02")


def test_twenty_days_across_national_day_holiday():
    # From Monday 2026-09-21: 09-22..24 (3), 09-25 中秋 off, 09-28..30 (6), 10-01..07 国庆 off,
    # 10-08, 10-09, 10-10 调休 Saturday (9), 10-12..16 (14), 10-19..23 (19), 10-26 (20).
    calendar = WorkingDayCalendar()
    deadline = calendar.add_working_days(d("2026-09-21"), 20)
    assert calendar.working_days_between(d("2026-09-21"), deadline) == 20
    assert deadline == d("2026-10-26")


def test_into_2027_uses_the_holidays_package():
    # chinese-calendar stops at 2026; 2027-01-01 is New Year's Day from the holidays package.
    calendar = WorkingDayCalendar()
    assert not calendar.is_working_day(d("2027-01-01"))
    assert calendar.is_working_day(d("2027-01-04"))
    # Thursday 2026-12-31 + 1 working day skips the New Year holiday and the weekend.
    assert add_working_days(d("2026-12-31"), 1) == d("2027-01-04")
    # Spring Festival 2027 (02-05..02-10 off in the package): 02-04 (Thu) + 2 = 02-12.
    assert add_working_days(d("2027-02-04"), 2) == d("2027-02-12")


def test_administrator_corrections_win_over_the_packages():
    CalendarDay.objects.create(date=d("2027-02-20"), is_working_day=True, note="春节调休补班")
    CalendarDay.objects.create(date=d("2027-02-11"), is_working_day=False, note="春节延长假期")
    assert add_working_days(d("2027-02-04"), 2) == d("2027-02-15")
    # Friday 02-19 + 1 = the makeup Saturday 02-20.
    assert add_working_days(d("2027-02-19"), 1) == d("2027-02-20")
    calendar = WorkingDayCalendar()
    assert calendar.is_working_day(d("2027-02-20"))
    assert not calendar.is_working_day(d("2027-02-11"))


def test_calendar_reads_corrections_once_per_year(django_assert_num_queries):
    calendar = WorkingDayCalendar()
    with django_assert_num_queries(2):
        calendar.add_working_days(d("2026-12-01"), 40)  # spans 2026 and 2027
