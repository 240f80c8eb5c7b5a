from wagtail.admin.ui.components import Component

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
        context["rows"] = [
            {"task_state": state, "page": page, "deadline": page.publication_deadline}
            for state, page in waiting_for(self.user)
        ]
        return context
