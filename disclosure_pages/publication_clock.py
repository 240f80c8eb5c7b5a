"""主动公开制度 第四条: items due within a few working days, or overdue, per section."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from workdays.official_calendar import WorkingDayCalendar

from .models import DisclosureItemPage
from .models.items import PUBLICATION_PERIOD_WORKING_DAYS

DUE_SOON_WORKING_DAYS = 5


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
        deadline = calendar.add_working_days(item.creation_date, PUBLICATION_PERIOD_WORKING_DAYS)
        left = calendar.working_days_between(today, deadline)
        if left <= within:
            entries.append(DeadlineEntry(item, deadline, left))
    entries.sort(key=lambda entry: (entry.deadline, entry.item.pk))
    return entries
