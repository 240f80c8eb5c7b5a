"""What waits for whom: the task states a user may act on now."""

from django.db.models import CharField
from django.db.models.functions import Cast
from wagtail.models import TaskState

from disclosure_pages.models import DisclosureItemPage
from organisation.models import Membership

from .models import ReviewOpinion, ReviewStep
from .people import STEP_ROLES


def task_states_waiting_for(user, task):
    if not user.is_authenticated or not user.is_active:
        return TaskState.objects.none()
    sections = Membership.objects.filter(user=user, role=STEP_ROLES[task.step]).values("section_id")
    if not sections.exists():
        return TaskState.objects.none()
    pages = DisclosureItemPage.objects.all()
    if task.step != ReviewStep.CONFIDENTIALITY_REVIEW:
        pages = pages.filter(publisher_id__in=sections)
    page_ids = pages.annotate(pk_text=Cast("pk", CharField())).values("pk_text")
    already = ReviewOpinion.objects.filter(reviewer=user).values("submission_id")
    return (
        TaskState.objects.filter(task=task, status=TaskState.STATUS_IN_PROGRESS, workflow_state__object_id__in=page_ids)
        .exclude(workflow_state_id__in=already)
    )


def waiting_for(user):
    """All review steps waiting for ``user``, oldest first, each with its page (for the dashboard)."""
    from .models import REVIEW_TASK_TYPES

    states = TaskState.objects.none()
    for task_type in REVIEW_TASK_TYPES:
        for task in task_type.objects.filter(active=True):
            states = states | task_states_waiting_for(user, task)
    states = list(states.select_related("task", "workflow_state").order_by("started_at", "pk"))
    pages = DisclosureItemPage.objects.in_bulk([int(s.workflow_state.object_id) for s in states])
    rows = []
    for state in states:
        page = pages.get(int(state.workflow_state.object_id))
        if page is not None:
            rows.append((state, page))
    return rows
