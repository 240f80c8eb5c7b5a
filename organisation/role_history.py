"""Who held which role when (保密审查 第六条: every opinion names its reviewer, and the record must
still say so after the reviewer has left the section or the bureau).

Read from the membership history (django-simple-history on ``Membership``): a membership holds its
values from the moment of its "+" or "~" history row until the next row of the same membership.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import router
from django.db.models import Q
from django.db.models.deletion import Collector, ProtectedError
from django.utils import timezone

from .models import Membership


@dataclass(frozen=True)
class RolePeriod:
    user_id: int
    section_id: int
    role: str
    start: datetime.datetime
    end: datetime.datetime | None  # None: still held

    @property
    def holds(self):
        return self.user_id, self.section_id, self.role

    def overlaps(self, start, end):
        return self.start < end and (self.end is None or self.end > start)


def role_periods(*, user=None, section=None, role=None):
    """Every period in which a membership matching the filters existed, oldest first."""
    wanted = Q()
    if user is not None:
        wanted &= Q(user_id=user.pk)
    if section is not None:
        wanted &= Q(section_id=section.pk)
    if role is not None:
        wanted &= Q(role=role)
    history = Membership.history.filter(id__in=Membership.history.filter(wanted).values("id"))
    rows = list(
        history.order_by("id", "history_date", "history_id").values(
            "id", "user_id", "section_id", "role", "history_type", "history_date"
        )
    )
    periods = []
    for index, row in enumerate(rows):
        if row["history_type"] == "-":
            continue
        following = rows[index + 1] if index + 1 < len(rows) and rows[index + 1]["id"] == row["id"] else None
        period = RolePeriod(
            row["user_id"], row["section_id"], row["role"], row["history_date"],
            following["history_date"] if following else None,
        )
        previous = periods[-1] if periods else None
        if previous and previous.end == period.start and previous.holds == period.holds:
            # A change of some other field (or of nothing): the same role held on without a break.
            period = RolePeriod(period.user_id, period.section_id, period.role, previous.start, period.end)
            periods[-1] = period
        else:
            periods.append(period)
    matching = [
        p for p in periods
        if (user is None or p.user_id == user.pk)
        and (section is None or p.section_id == section.pk)
        and (role is None or p.role == role)
    ]
    return sorted(matching, key=lambda p: p.start)


def holders_on(section, role, day):
    """The people who held ``role`` in ``section`` at any time on ``day`` (a date in Asia/Shanghai)."""
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    end = start + datetime.timedelta(days=1)
    ids = {p.user_id for p in role_periods(section=section, role=role) if p.overlaps(start, end)}
    return get_user_model().objects.filter(pk__in=ids).order_by("username")


def held_roles_refusal(user):
    """A person who held a role is kept, so that the history can name them."""
    if Membership.history.filter(user_id=user.pk).exists():
        name = user.get_full_name() or user.get_username()
        return f"「{name}」有任职记录，须保留以备查询谁在何时担任何职，不能删除；如已离职，请移除其科室职务并停用账号。"
    return None


def user_deletion_refusal(user):
    """Why ``user`` may not be deleted, or None: they held a role, or records they left (review
    opinions, confirmed findings, migrations run) protect them."""
    if reason := held_roles_refusal(user):
        return reason
    try:
        Collector(using=router.db_for_write(type(user))).collect([user])
    except ProtectedError:
        name = user.get_full_name() or user.get_username()
        return f"「{name}」有须保留的记录（如审查意见），不能删除；请停用账号。"
    return None
