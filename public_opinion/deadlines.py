"""The hour limits of public-opinion cases (舆情回应制度 第三、四条; 国办发〔2016〕61号 and its 实施细则).

A 重大 or 特别重大 case is reported to the leader in charge and the general office at once, and its
authoritative information is published within ``authoritative_information`` hours of the case being
seen, a press conference held within ``press_conference`` hours; any other case is answered within
``response`` hours. The limits are settings (``PUBLIC_OPINION_LIMIT_HOURS``, national defaults in
``site/settings/base.py``); a case keeps the due times it was given when it was seen or re-graded.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from .models.choices import MAJOR_SEVERITIES, State


def limit(name):
    return timedelta(hours=settings.PUBLIC_OPINION_LIMIT_HOURS[name])


def due_times(first_seen_at, severity):
    """{"report_due_at", "response_due_at", "press_conference_due_at"} for a case."""
    if severity in MAJOR_SEVERITIES:
        return {
            # 第三条 第一时间: reported before its authoritative information is due, at the latest.
            "report_due_at": first_seen_at + limit("report"),
            "response_due_at": first_seen_at + limit("authoritative_information"),
            "press_conference_due_at": first_seen_at + limit("press_conference"),
        }
    return {
        "report_due_at": None,
        "response_due_at": first_seen_at + limit("response"),
        "press_conference_due_at": None,
    }


def _late(done, due, now):
    return Q(**{f"{due}__isnull": False}) & (
        Q(**{f"{done}__isnull": True, f"{due}__lt": now}) | Q(**{f"{done}__gt": F(due)})
    )


def late_report(now=None):
    """A ``Q`` on cases: reported after the limit, or not reported and past it."""
    return _late("reported_at", "report_due_at", now or timezone.now())


def late_response(now=None):
    return _late("responded_at", "response_due_at", now or timezone.now())


def late_press_conference(now=None):
    return _late("press_conference_at", "press_conference_due_at", now or timezone.now())


def overdue_now(now=None):
    """Open business past a limit right now: what the dashboard flags and the scheduled check mails."""
    now = now or timezone.now()
    return ~Q(state=State.CLOSED) & (
        Q(reported_at__isnull=True, report_due_at__lt=now)
        | Q(responded_at__isnull=True, response_due_at__lt=now)
        | Q(press_conference_at__isnull=True, press_conference_due_at__lt=now)
    )


def is_late(done_at, due_at, now=None):
    if due_at is None:
        return False
    return (done_at or now or timezone.now()) > due_at


# (due field, done field, what is due) of each clock of a case.
LIMITS = [
    ("report_due_at", "reported_at", "报送"),
    ("response_due_at", "responded_at", "回应"),
    ("press_conference_due_at", "press_conference_at", "举行新闻发布会"),
]


def overdue_limits(case, now=None):
    """[(due field, what is due)] of the clocks of ``case`` past their limit and not yet met."""
    now = now or timezone.now()
    return [
        (due_field, label) for due_field, done_field, label in LIMITS
        if getattr(case, done_field) is None and getattr(case, due_field) is not None and getattr(case, due_field) < now
    ]
