from wagtail.admin.ui.components import Component

from disclosure_pages.models.items import PUBLICATION_PERIOD_WORKING_DAYS
from workdays.official_calendar import WorkingDayCalendar

from .moderating import waiting_for


class WaitingForYouPanel(Component):
    """Dashboard: review steps waiting for this person, oldest first, with each item's deadline."""

    name = "moderation_waiting"
    template_name = "moderation/panels/waiting_for_you.html"
    order = 50

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        # 主动公开 第四条: one calendar for the whole list, so deadlines cost no query per item.
        calendar = WorkingDayCalendar()
        context["rows"] = [
            {
                "task_state": state,
                "page": page,
                "deadline": calendar.add_working_days(page.creation_date, PUBLICATION_PERIOD_WORKING_DAYS)
                if getattr(page, "creation_date", None)
                else None,
            }
            for state, page in waiting_for(self.user)
        ]
        return context
