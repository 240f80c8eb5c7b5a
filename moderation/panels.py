from wagtail.admin.ui.components import Component

from disclosure_pages.publication_clock import publication_deadline
from workdays.official_calendar import WorkingDayCalendar

from .moderating import sent_back_to, waiting_for


class WaitingForYouPanel(Component):
    """Dashboard: review steps waiting for this person, oldest first, with each item's deadline, and the
    section's items sent back for changes with the reason."""

    name = "moderation_waiting"
    template_name = "moderation/panels/waiting_for_you.html"
    order = 50

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        # 主动公开制度 第四条: one calendar for the whole list, so deadlines cost no query per item.
        calendar = WorkingDayCalendar()
        context["rows"] = [
            {
                "task_state": state,
                "page": page,
                "deadline": publication_deadline(page.creation_date, calendar)
                if getattr(page, "creation_date", None)
                else None,
            }
            for state, page in waiting_for(self.user)
        ]
        context["sent_back"] = [
            {"submission": submission, "page": page, "rejection": rejection}
            for submission, page, rejection in sent_back_to(self.user)
        ]
        context["count"] = len(context["rows"]) + len(context["sent_back"])
        return context
