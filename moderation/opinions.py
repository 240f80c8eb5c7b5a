"""Acting on a review step: recording the opinion and moving the chain (保密审查 第六条).

Every approve/reject goes through ``act_on_task``, whichever admin view asked. The task state
is claimed first (``_claim``), so two racing clicks yield exactly one recorded outcome.
"""

import logging

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, OperationalError, transaction
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.signals import workflow_approved

from disclosure_pages.models import DisclosureDecision

from .models import Escalation, EscalationDecision, Outcome, ReviewOpinion, ReviewStep

logger = logging.getLogger(__name__)

STEP_ALREADY_HANDLED = "该步骤已由他人处理，以先提交的意见为准；请刷新页面查看最新状态。"


class ReviewRefused(PermissionDenied):
    """An action the rules do not allow; the message is shown to the user.

    Wagtail's admin turns a PermissionDenied into its generic "no permission" redirect; the
    reason itself is added as an admin message when a request is at hand (simple-history's
    middleware keeps the current request).
    """

    def __init__(self, message):
        super().__init__(message)
        from django.contrib import messages
        from simple_history.models import HistoricalRecords

        request = getattr(HistoricalRecords.context, "request", None)
        if request is not None and hasattr(request, "_messages"):
            messages.error(request, message)


def act_on_task(task, task_state, user, action_name, data):
    page = task_state.workflow_state.content_object.specific
    if not task.may_act(page, user):
        raise ReviewRefused("您不是本步骤的审查人，或已在本轮送审中提出过意见（一人只能提出一项意见）。")
    form = task.get_form_for_action(action_name)(data)
    if not form.is_valid():
        raise ReviewRefused("审查意见不完整：" + "；".join(e for errors in form.errors.values() for e in errors))
    cleaned = form.cleaned_data
    with transaction.atomic():
        _claim(task_state)
        locked = TaskState.objects.get(pk=task_state.pk)
        submission = locked.workflow_state
        if action_name == "approve":
            return _approve(task, locked, submission, page, user, cleaned)
        if action_name == "reject":
            return _reject(task, locked, submission, page, user, cleaned)
    raise ReviewRefused("未知的审查操作。")


def _claim(task_state):
    """Lock the task state while it is still in progress, as the transaction's first statement.

    A conditional UPDATE is the lock on both databases: PostgreSQL takes the row lock (the second
    approver waits, then finds the status changed); on SQLite, where select_for_update does
    nothing, it takes the database's write lock before anything is read, so the second approver
    waits for it instead of failing with "database is locked". The loser is told."""
    try:
        claimed = TaskState.objects.filter(pk=task_state.pk, status=TaskState.STATUS_IN_PROGRESS).update(
            status=TaskState.STATUS_IN_PROGRESS)
    except OperationalError as error:  # SQLite: the other transaction kept the lock past the timeout
        raise ReviewRefused("该步骤正由他人处理，请稍后刷新页面查看结果。") from error
    if not claimed:
        # Somebody acted first (or this is a double click): their outcome stands.
        raise ReviewRefused(STEP_ALREADY_HANDLED)


def _record(task, task_state, submission, page, user, outcome, cleaned):
    try:
        with transaction.atomic():
            return ReviewOpinion.objects.create(
                submission=submission,
                task_state=task_state,
                page=page,
                revision_id=task_state.revision_id,
                step=task.step,
                reviewer=user,
                outcome=outcome,
                decision=cleaned.get("decision", ""),
                grounds=list(cleaned.get("grounds") or []),
                comment=cleaned.get("comment", ""),
            )
    except IntegrityError:
        return None  # the other racer's opinion was written first


def _approve(task, task_state, submission, page, user, cleaned):
    blockers = task.approval_blockers(page)
    if blockers:
        raise ReviewRefused("暂不能同意：" + "；".join(blockers) + "。")
    # 编辑即失效: approvals count only for the revision they were given on. If the page changed
    # since this round began, the whole chain runs again from step 1 on the new revision.
    latest_revision_id = Page.objects.filter(pk=page.pk).values_list("latest_revision_id", flat=True).first()
    earlier_revisions = set(
        ReviewOpinion.objects.filter(submission=submission).approvals().values_list("revision_id", flat=True)
    )
    if task_state.revision_id != latest_revision_id or earlier_revisions - {task_state.revision_id}:
        restart_submission(submission, user)
        return None
    settled = Escalation.objects.filter(submission=submission).exclude(decision="").first()
    if (
        settled
        and settled.decision != EscalationDecision.NOT_SECRET
        and cleaned["decision"] == DisclosureDecision.PROACTIVE
    ):
        raise ReviewRefused("该信息已被确定为国家秘密，不得主动公开（保密审查 第五条）。")
    if task.step == ReviewStep.LEADER_APPROVAL and cleaned["decision"] == DisclosureDecision.PROACTIVE:
        from .guards import classification_refusal

        # The marking under review is the revision's, not the live page's.
        if reason := classification_refusal(task_state.revision.as_object()):
            raise ReviewRefused(reason + "请选择不予公开并注明依据。")
    opinion = _record(task, task_state, submission, page, user, Outcome.APPROVED, cleaned)
    if opinion is None:
        return None
    if task.step == ReviewStep.LEADER_APPROVAL and cleaned["decision"] != DisclosureDecision.PROACTIVE:
        _finish_without_publishing(task_state, submission, page, user, cleaned)
        return None
    if task.step == ReviewStep.LEADER_APPROVAL:
        # 主动公开 第二条: the leader's decision is the item's; a new round may reverse a 不予公开.
        from .publishing import record_disclosure_decision

        record_disclosure_decision(page, cleaned["decision"])
    # The last approval publishes through Wagtail's finish action; the publish guard checks
    # that the four opinions are on record for the revision (协调机制 第五条).
    task_state.approve(user=user, comment=cleaned.get("comment", ""))
    return None


def _finish_without_publishing(task_state, submission, page, user, cleaned):
    """The leader decided 依申请公开 / 不予公开: the chain is complete, the page is not published (and a
    live one is taken down at once), and it is listed for filing (主动公开 第二条 备案)."""
    from .publishing import record_disclosure_decision, take_down

    task_state.approve(user=user, update=False, comment=cleaned.get("comment", ""))
    submission.status = WorkflowState.STATUS_APPROVED
    submission.save()
    record_disclosure_decision(page, cleaned["decision"])
    take_down(page, cleaned["decision"], user)
    workflow_approved.send(sender=WorkflowState, instance=submission, user=user)


def _reject(task, task_state, submission, page, user, cleaned):
    opinion = _record(task, task_state, submission, page, user, Outcome.REJECTED, cleaned)
    if opinion is None:
        return None
    task_state.reject(user=user, comment=cleaned["comment"])
    from .notifications import notify_rejection

    notify_rejection(opinion)
    return None


def restart_submission(submission, user):
    """End ``submission`` and start the chain again from step 1 (the earlier round stays on record)."""
    page = submission.content_object.specific
    requested_by = submission.requested_by or user
    if submission.status in (WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES):
        submission.cancel(user=user)
    return submission.workflow.start(page, requested_by)


def close_rejected_round(page, user):
    """Before a resubmission: close a round that was sent back, so that Wagtail starts a new one
    from step 1 instead of resuming at the step that rejected."""
    submission = page.current_workflow_state
    if submission and submission.status == WorkflowState.STATUS_NEEDS_CHANGES:
        submission.cancel(user=user)
        return True
    return False


def chain_is_complete(page_id, revision_id):
    """True when one approved submission holds all four approvals on this very revision, from four
    different people, the last one deciding 主动公开."""
    opinions = ReviewOpinion.objects.filter(
        page_id=page_id,
        revision_id=revision_id,
        outcome=Outcome.APPROVED,
        submission__status=WorkflowState.STATUS_APPROVED,
    ).values_list("submission_id", "step", "reviewer_id", "decision")
    rounds = {}
    for submission_id, step, reviewer_id, decision in opinions:
        rounds.setdefault(submission_id, {})[step] = (reviewer_id, decision)
    for steps in rounds.values():
        if set(steps) == set(ReviewStep.values) and len({r for r, _ in steps.values()}) == 4:
            if steps[ReviewStep.LEADER_APPROVAL][1] == DisclosureDecision.PROACTIVE:
                return True
    return False
