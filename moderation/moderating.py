"""What waits for whom: the task states a user may act on now."""

from django.db.models import CharField
from django.db.models.functions import Cast
from wagtail.models import Page, TaskState

from disclosure_pages.ownership import owned_by
from organisation.people import roles_of

from .models import ReviewOpinion, ReviewStep
from .people import STEP_ROLES


def task_states_waiting_for(user, task):
    roles = roles_of(user)
    sections = {section_id for section_id, role in roles["memberships"] if role == STEP_ROLES[task.step]}
    if not sections:
        return TaskState.objects.none()
    pages = Page.objects.all()
    if task.step != ReviewStep.CONFIDENTIALITY_REVIEW:
        # Steps 1, 2 and 4 belong to the page's owning section (保密审查 第三条).
        pages = pages.filter(owned_by(sections))
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
    pages = Page.objects.specific().in_bulk([int(s.workflow_state.object_id) for s in states])
    rows = []
    for state in states:
        page = pages.get(int(state.workflow_state.object_id))
        if page is not None:
            rows.append((state, page))
    return rows
