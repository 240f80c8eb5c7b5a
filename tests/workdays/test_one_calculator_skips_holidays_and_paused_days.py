"""One working-day calculator for every period: holidays, 调休 makeup days and the days a period stands
still (条例 第三十三条 第二款) are all handled by ``add_working_days(start, n, skip=…)``."""

import datetime

import pytest

from workdays.models import CalendarDay
from workdays.official_calendar import WorkingDayCalendar, add_working_days

pytestmark = pytest.mark.django_db


def d(text):
    return datetime.date.fromisoformat(text)


def days(first, last):
    day, result = d(first), set()
    while day <= d(last):
        result.add(day)
        day += datetime.timedelta(days=1)
    return result


def test_spring_festival_week_and_both_makeup_saturdays():
    # 2026 春节: 02-15..02-23 off; Saturdays 02-14 and 02-28 are 调休 working days.
    start = d("2026-02-12")  # Thursday
    assert [add_working_days(start, n) for n in range(1, 9)] == [
        d("2026-02-13"), d("2026-02-14"), d("2026-02-24"), d("2026-02-25"),
        d("2026-02-26"), d("2026-02-27"), d("2026-02-28"), d("2026-03-02"),
    ]


def test_skipped_working_days_push_the_deadline_back():
    # Monday 2026-11-02 + 20 is Monday 11-30; three paused working days make it Thursday 12-03.
    assert add_working_days(d("2026-11-02"), 20) == d("2026-11-30")
    assert add_working_days(d("2026-11-02"), 20, skip=days("2026-11-03", "2026-11-05")) == d("2026-12-03")


def test_skipped_days_that_are_not_working_days_change_nothing():
    assert add_working_days(d("2026-11-02"), 20, skip=days("2026-11-07", "2026-11-08")) == d("2026-11-30")
    # The whole 国庆 week off, skipped or not, is the same period.
    assert add_working_days(d("2026-09-21"), 20, skip=days("2026-10-01", "2026-10-07")) == d("2026-10-26")


def test_a_skipped_makeup_day_is_not_counted():
    # 09-21 + 20 is 10-26 (see test_working_day_clock); pausing on 10-08 and the makeup Saturday 10-10
    # adds two working days: 10-27 and 10-28.
    skip = {d("2026-10-08"), d("2026-10-10")}
    calendar = WorkingDayCalendar()
    assert calendar.add_working_days(d("2026-09-21"), 20, skip=skip) == d("2026-10-28")
    assert calendar.working_days_between(d("2026-09-21"), d("2026-10-28"), skip=skip) == 20
    assert calendar.working_days_between(d("2026-09-21"), d("2026-10-26"), skip=skip) == 18


def test_the_start_day_is_never_counted_even_when_skipped():
    assert add_working_days(d("2026-11-02"), 1, skip={d("2026-11-02")}) == d("2026-11-03")
    assert add_working_days(d("2026-11-02"), 0, skip={d("2026-11-02")}) == d("2026-11-02")


def test_a_negative_count_goes_back_over_holidays_and_makeup_days():
    assert add_working_days(d("2026-10-08"), -1) == d("2026-09-30")
    assert add_working_days(d("2026-03-02"), -1) == d("2026-02-28")  # the makeup Saturday
    assert add_working_days(d("2026-02-24"), -2) == d("2026-02-13")
    calendar = WorkingDayCalendar()
    for working_day in (d("2026-10-09"), d("2026-10-10"), d("2026-02-24")):
        assert calendar.add_working_days(calendar.add_working_days(working_day, -20), 20) == working_day


def test_administrator_corrections_and_skips_combine():
    CalendarDay.objects.create(date=d("2027-01-09"), is_working_day=True, note="元旦调休补班")  # a Saturday
    # Friday 2027-01-08 + 1 = the makeup Saturday, unless that day is skipped: then Monday 01-11.
    assert add_working_days(d("2027-01-08"), 1) == d("2027-01-09")
    assert add_working_days(d("2027-01-08"), 1, skip={d("2027-01-09")}) == d("2027-01-11")


def test_one_calendar_reads_corrections_once_whatever_is_skipped(django_assert_num_queries):
    calendar = WorkingDayCalendar()
    with django_assert_num_queries(1):
        calendar.add_working_days(d("2026-11-02"), 20, skip=days("2026-11-03", "2026-11-20"))
        calendar.working_days_between(d("2026-11-02"), d("2026-12-20"), skip=days("2026-11-03", "2026-11-05"))
