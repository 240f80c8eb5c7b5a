"""What waits for whom: the task states a user may act on now."""

from django.db.models import CharField
from django.db.models.functions import Cast
from wagtail.models import Page, TaskState, WorkflowState

from disclosure_pages.ownership import owned_by
from organisation.people import roles_of

from .models import Outcome, ReviewOpinion, ReviewStep
from .people import STEP_ROLES


def _step_sections(user, step):
    return {section_id for section_id, role in roles_of(user)["memberships"] if role == STEP_ROLES[step]}


def _page_ids(pages):
    return pages.annotate(pk_text=Cast("pk", CharField())).values("pk_text")


def task_states_waiting_for(user, task):
    sections = _step_sections(user, task.step)
    if not sections:
        return TaskState.objects.none()
    pages = Page.objects.all()
    if task.step != ReviewStep.CONFIDENTIALITY_REVIEW:
        # Steps 1, 2 and 4 belong to the page's owning section (保密审查 第三条).
        pages = pages.filter(owned_by(sections))
    page_ids = _page_ids(pages)
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


def sent_back_to(user):
    """Submissions of the drafter's section sent back for changes, oldest first, each with its page
    and the rejecting opinion (保密审查 第六条: the reason goes back to the drafter, who edits and
    resubmits)."""
    sections = _step_sections(user, ReviewStep.DRAFTER_OPINION)
    if not sections:
        return []
    submissions = list(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_NEEDS_CHANGES,
            object_id__in=_page_ids(Page.objects.filter(owned_by(sections))),
        ).order_by("created_at", "pk")
    )
    rejections = {
        opinion.submission_id: opinion
        for opinion in ReviewOpinion.objects.filter(submission__in=submissions, outcome=Outcome.REJECTED)
        .select_related("reviewer").order_by("created_at")
    }
    pages = Page.objects.specific().in_bulk([int(s.object_id) for s in submissions])
    return [
        (submission, pages[int(submission.object_id)], rejections.get(submission.pk))
        for submission in submissions
        if int(submission.object_id) in pages
    ]
