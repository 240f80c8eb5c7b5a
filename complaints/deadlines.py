"""The reply clock of a complaint: the bureau's 承诺时限 and what is late against it."""

from django.db.models import F, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from workdays.official_calendar import add_working_days

from .models import OPEN_STATES

# 承诺时限 (依申请公开制度 第六条, 考核评议制度 第五条（五）): the bureau commits to reply to every
# 举报, 投诉 and 纠错 within 15 working days of its submission (the submission day not counted).
REPLY_PERIOD_WORKING_DAYS = 15


def reply_due(submitted_at):
    """The last day of the 承诺时限 for a complaint submitted at ``submitted_at`` (Beijing dates)."""
    return add_working_days(timezone.localdate(submitted_at), REPLY_PERIOD_WORKING_DAYS)


def with_replied_on(queryset):
    """``replied_on``: the Beijing date of the reply, in the query."""
    return queryset.annotate(replied_on=TruncDate("replied_at", tzinfo=timezone.get_current_timezone()))


def overdue_now(today=None):
    """Open and past the 承诺时限 today (a Beijing date)."""
    return Q(state__in=OPEN_STATES, reply_due_on__lt=today or timezone.localdate())


def replied_late():
    """Replied after the 承诺时限 (on a queryset passed through ``with_replied_on``)."""
    return Q(replied_on__gt=F("reply_due_on"))


def replied_on_time():
    """Replied within the 承诺时限 (on a queryset passed through ``with_replied_on``)."""
    return Q(replied_on__lte=F("reply_due_on"))


def lateness(complaint, today=None):
    """"超期未答复", "超期答复" or "" for one complaint."""
    if complaint.reply_due_on is None:
        return ""
    if complaint.replied_at is None:
        late = complaint.is_open and (today or timezone.localdate()) > complaint.reply_due_on
        return "超期未答复" if late else ""
    return "超期答复" if timezone.localdate(complaint.replied_at) > complaint.reply_due_on else ""
