"""Working days on China's official calendar (法定节假日放假, 调休补班上班).

Sources, first match wins:
1. ``CalendarDay`` rows entered by administrators;
2. the ``chinese-calendar`` package (State Council notices, including 调休 makeup days) for the
   years it covers;
3. the ``holidays`` package for later years (public holidays only: its makeup days are not
   published, so administrators add them as ``CalendarDay`` rows);
4. Monday to Friday.

Periods count from the day after the start date (条例 第二十六、三十三条: "20个工作日内"): the deadline of an
``n``-working-day period starting on ``d`` is the n-th working day after ``d``.
"""

import datetime
from functools import lru_cache

import chinese_calendar
import holidays

from .models import CalendarDay


@lru_cache(maxsize=32)
def _package_holidays(year):
    return holidays.China(years=year)


def _package_is_working_day(day):
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        # chinese-calendar raises for years after its last State Council notice.
        return day.weekday() < 5 and day not in _package_holidays(day.year)


class WorkingDayCalendar:
    """Answers working-day questions, reading administrators' corrections once per year used.

    Make one per request or per batch: it caches the corrections it has read.
    """

    def __init__(self):
        self._overrides = {}
        self._years_loaded = set()

    def _load_year(self, year):
        if year in self._years_loaded:
            return
        rows = CalendarDay.objects.filter(date__year=year).values_list("date", "is_working_day")
        self._overrides.update(rows)
        self._years_loaded.add(year)

    def is_working_day(self, day):
        self._load_year(day.year)
        if day in self._overrides:
            return self._overrides[day]
        return _package_is_working_day(day)

    def add_working_days(self, start, count):
        """The ``count``-th working day after ``start`` (``start`` itself not counted)."""
        if count < 0:
            raise ValueError("count must not be negative")
        day = start
        remaining = count
        while remaining:
            day += datetime.timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start, end):
        """Working days in (start, end]; negative when end is before start."""
        if end < start:
            return -self.working_days_between(end, start)
        count = 0
        day = start
        while day < end:
            day += datetime.timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count


def add_working_days(start, count):
    return WorkingDayCalendar().add_working_days(start, count)
