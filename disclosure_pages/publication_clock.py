"""主动公开制度 第四条: the publication deadline of an item, and the items due within a few working days
or overdue, per section. Every screen that shows the deadline calls ``publication_deadline``."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from workdays.official_calendar import WorkingDayCalendar

from .models import DisclosureItemPage

PUBLICATION_PERIOD_WORKING_DAYS = 20  # 主动公开制度 第四条 (条例 第二十六条): 20 working days after 生成日期
DUE_SOON_WORKING_DAYS = 5


def publication_deadline(creation_date, calendar=None):
    """The last day on which information that came into being on ``creation_date`` may be published.

    Pass one ``calendar`` for a whole list, so the administrators' corrections are read once."""
    calendar = calendar or WorkingDayCalendar()
    return calendar.add_working_days(creation_date, PUBLICATION_PERIOD_WORKING_DAYS)


@dataclass
class DeadlineEntry:
    item: DisclosureItemPage
    deadline: datetime.date
    working_days_left: int

    @property
    def overdue(self):
        return self.working_days_left < 0


def unpublished_deadlines(sections=None, today=None, within=DUE_SOON_WORKING_DAYS):
    """Never-published items whose deadline is within ``within`` working days or past, most urgent first."""
    today = today or timezone.localdate()
    calendar = WorkingDayCalendar()
    items = DisclosureItemPage.objects.filter(first_published_at__isnull=True, withdrawn_at__isnull=True)
    if sections is not None:
        items = items.filter(publisher__in=sections)
    entries = []
    for item in items.select_related("publisher").only(
        "title", "creation_date", "publisher__name", "path", "depth", "url_path", "content_type_id"
    ):
        deadline = publication_deadline(item.creation_date, calendar)
        left = calendar.working_days_between(today, deadline)
        if left <= within:
            entries.append(DeadlineEntry(item, deadline, left))
    entries.sort(key=lambda entry: (entry.deadline, entry.item.pk))
    return entries
