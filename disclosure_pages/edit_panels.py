from wagtail.admin.panels import Panel


class PublicationDeadlinePanel(Panel):
    """Shows the editor the item's 20-working-day deadline (主动公开制度 第四条) or its publication date."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "disclosure_pages/admin/publication_deadline_panel.html"

        def get_context_data(self, parent_context=None):
            from django.utils import timezone

            from workdays.official_calendar import WorkingDayCalendar

            from .publication_clock import publication_deadline

            context = super().get_context_data(parent_context)
            page = self.instance
            context["page"] = page
            if page.pk and page.first_published_at is None and page.creation_date:
                calendar = WorkingDayCalendar()
                deadline = publication_deadline(page.creation_date, calendar)
                context["deadline"] = deadline
                context["working_days_left"] = calendar.working_days_between(timezone.localdate(), deadline)
            return context
