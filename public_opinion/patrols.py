"""舆情回应制度 第二条 (安排专人负责监测…不漏报、不迟报): a patrol every working day, recorded also
when it finds nothing, so that a working day without one shows on the dashboard and in the log."""

import datetime

from django.conf import settings
from django.utils import timezone

from workdays.official_calendar import WorkingDayCalendar

from .models import PatrolLog


def patrolled_days(start, end):
    """The Beijing dates in [start, end] with at least one patrol."""
    since = timezone.make_aware(datetime.datetime.combine(start, datetime.time.min))
    until = timezone.make_aware(datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min))
    times = PatrolLog.objects.filter(patrolled_at__gte=since, patrolled_at__lt=until).values_list(
        "patrolled_at", flat=True
    )
    return {timezone.localdate(moment) for moment in times}


def missed_days(today=None, lookback=None, calendar=None):
    """Working days before ``today`` (within ``lookback`` days) on which nobody patrolled, oldest first."""
    today = today or timezone.localdate()
    lookback = settings.PUBLIC_OPINION_PATROL_LOOKBACK_DAYS if lookback is None else lookback
    calendar = calendar or WorkingDayCalendar()
    start = today - datetime.timedelta(days=lookback)
    end = today - datetime.timedelta(days=1)
    done = patrolled_days(start, end)
    days = (start + datetime.timedelta(days=n) for n in range((end - start).days + 1))
    return [day for day in days if calendar.is_working_day(day) and day not in done]


def patrolled_today(today=None):
    today = today or timezone.localdate()
    return today in patrolled_days(today, today)
