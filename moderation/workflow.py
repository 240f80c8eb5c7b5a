"""The four-step review workflow (保密审查 第六条) and its assignment to the portal."""

from django.db import transaction
from wagtail.models import Task, Workflow, WorkflowPage, WorkflowTask

from .models import ConfidentialityReviewTask, DrafterOpinionTask, LeaderApprovalTask, SectionHeadReviewTask

WORKFLOW_NAME = "政务公开保密审查"
# Wagtail's migrations create this one-step workflow on the root page; the four-step chain replaces it.
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"
STEPS = [
    (DrafterOpinionTask, "（一）起草人初步意见"),
    (SectionHeadReviewTask, "（二）科室负责人审查"),
    (ConfidentialityReviewTask, "（三）办公室保密审查"),
    (LeaderApprovalTask, "（四）分管领导审批"),
]


@transaction.atomic
def setup_review_workflow(portal_root=None):
    """Create the workflow and its four tasks, and assign it to ``portal_root``. Idempotent."""
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    for order, (task_type, name) in enumerate(STEPS):
        task = task_type.objects.filter(name=name).first() or task_type.objects.create(name=name)
        if not task.active:
            task.active = True
            task.save(update_fields=["active"])
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    if portal_root is not None:
        WorkflowPage.objects.update_or_create(page=portal_root, defaults={"workflow": workflow})
    _remove_unused_default_workflow()
    return workflow


def _remove_unused_default_workflow():
    """Wagtail's default workflow and task, unless something was ever reviewed under them: the
    admin's workflow lists and reports then name only the four steps."""
    Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, workflow_states__isnull=True).delete()
    Task.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, workflow_tasks__isnull=True,
                        task_states__isnull=True).delete()
