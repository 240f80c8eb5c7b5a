"""Working days on China's official calendar (法定节假日放假, 调休补班上班).

Sources, first match wins:
1. ``CalendarDay`` rows entered by administrators;
2. the ``chinese-calendar`` package (State Council notices, including 调休 makeup days) for the
   years it covers;
3. the ``holidays`` package for later years (public holidays only: its makeup days are not
   published, so administrators add them as ``CalendarDay`` rows);
4. Monday to Friday.

Periods count from the day after the start date (民法典 第二百零一条: 开始的当日不计入，自下一日开始计算):
the deadline of an ``n``-working-day period starting on ``d`` is the n-th working day after ``d``.
``add_working_days`` here is the one place that counts; each rule's deadline function (the
publication deadline in ``disclosure_pages.publication_clock``, the request clocks in
``disclosure_requests.clocks``) calls it with the rule's period, and with ``skip`` for the days a
period stands still (条例 第三十三条 第二款: consultation time is not counted).
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

    def add_working_days(self, start, count, skip=()):
        """The ``count``-th working day after ``start``: ``start`` itself is not counted, nor any day in
        ``skip`` (days on which the period stands still). A negative ``count`` goes back as many
        working days before ``start``."""
        skip = _as_set(skip)
        step = datetime.timedelta(days=1 if count >= 0 else -1)
        day, remaining = start, abs(count)
        while remaining:
            day += step
            if day not in skip and self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start, end, skip=()):
        """Working days in (start, end] that are not in ``skip``; negative when end is before start."""
        if end < start:
            return -self.working_days_between(end, start, skip)
        skip = _as_set(skip)
        count = 0
        day = start
        while day < end:
            day += datetime.timedelta(days=1)
            if day not in skip and self.is_working_day(day):
                count += 1
        return count


def _as_set(days):
    return days if isinstance(days, (set, frozenset)) else frozenset(days)


def add_working_days(start, count, skip=()):
    """``WorkingDayCalendar.add_working_days`` on a calendar of its own (one answer, no batch)."""
    return WorkingDayCalendar().add_working_days(start, count, skip)
