"""Figures on complaints for the yearly assessment (考核评议制度 第五条（五） complaints handled,
第六条 群众评价) and the annual report."""

from typing import NamedTuple

from django.db.models import QuerySet

from . import deadlines
from .models import ANSWERED_STATES, OPEN_STATES, Complaint, Satisfaction


class Figure(NamedTuple):
    count: int
    records: QuerySet  # the complaints behind the count, for the drill-down


FIGURES = ("received", "replied", "replied_on_time", "open", "satisfied", "basically_satisfied", "dissatisfied",
           "unrated")
FIGURE_LABELS = {"received": "收到", "replied": "已答复", "replied_on_time": "按时答复", "open": "未答复",
                 "satisfied": "满意", "basically_satisfied": "基本满意", "dissatisfied": "不满意", "unrated": "未评价"}


def section_complaints(section, year):
    """The complaints (举报/投诉/纠错) submitted in ``year`` (a Beijing calendar year) and assigned
    to ``section`` (an ``organisation.Section``; ``None``: every complaint of the bureau, assigned
    or not), counted as they stand now. A dict of ``Figure(count, records)`` under these keys:

    - ``received``: all of them;
    - ``replied``: those with a reply (已答复 or 已办结);
    - ``replied_on_time``: replied within the 承诺时限 (``deadlines.REPLY_PERIOD_WORKING_DAYS``);
    - ``open``: not replied yet (待受理 or 办理中);
    - ``satisfied``, ``basically_satisfied``, ``dissatisfied``: the citizens' answers (满意,
      基本满意, 不满意) on the replied ones;
    - ``unrated``: replied ones the citizen has not evaluated (未评价).

    ``records`` is the queryset behind each count.
    """
    received = Complaint.objects.filter(submitted_at__year=year)
    if section is not None:
        received = received.filter(section=section)
    replied = received.filter(state__in=ANSWERED_STATES)
    querysets = {
        "received": received,
        "replied": replied,
        "replied_on_time": deadlines.with_replied_on(replied).filter(deadlines.replied_on_time()),
        "open": received.filter(state__in=OPEN_STATES),
        "satisfied": replied.filter(satisfaction=Satisfaction.SATISFIED),
        "basically_satisfied": replied.filter(satisfaction=Satisfaction.BASICALLY_SATISFIED),
        "dissatisfied": replied.filter(satisfaction=Satisfaction.DISSATISFIED),
        "unrated": replied.filter(satisfaction=""),
    }
    return {name: Figure(querysets[name].count(), querysets[name]) for name in FIGURES}
