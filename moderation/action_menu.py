"""The editor's 送审 button (保密审查 第六条)."""

from wagtail.admin.action_menu import SubmitForModerationMenuItem

from .workflow import STEPS

SUBMIT_LABEL = "提交审核（送审）"
# A page sent back runs the whole chain again (moderation.review_actions.close_rejected_round), so
# the button names step 1, never the step that sent it back (Wagtail's "Resubmit to <that step>").
RESUBMIT_LABEL = f"重新送审（从{STEPS[0][1]}开始）"


class SubmitToReviewMenuItem(SubmitForModerationMenuItem):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = context.get("page")
        submission = page.current_workflow_state if page and page.pk else None
        sent_back = submission is not None and submission.status == submission.STATUS_NEEDS_CHANGES
        context["label"] = RESUBMIT_LABEL if sent_back else SUBMIT_LABEL
        return context
