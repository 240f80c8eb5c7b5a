"""Acting on a review step: recording the opinion and moving the chain (保密审查 第六条). The opinion
records themselves are ``models.opinions``; this is the service that writes them.

Every approve/reject goes through ``act_on_task``, whichever admin view asked. The task state
is claimed first (``_claim``), so two racing clicks yield exactly one recorded outcome. It answers what
happened (``Acted``), and people are told exactly that: 意见已记录 only with an opinion on record.
"""

import logging
from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, OperationalError, models, transaction
from django.utils.html import format_html
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.signals import workflow_approved

from disclosure_pages.models import DisclosureDecision

from .guards import classification_refusal
from .models import Escalation, EscalationDecision, Outcome, ReviewOpinion, ReviewStep
from .revision_content import revisions_with_same_content

logger = logging.getLogger(__name__)


def current_request():
    """The request being answered, if any (simple-history's middleware keeps it)."""
    from simple_history.models import HistoricalRecords

    request = getattr(HistoricalRecords.context, "request", None)
    return request if request is not None and hasattr(request, "_messages") else None


class ReviewRefused(PermissionDenied):
    """An action the rules do not allow; the message is shown to the user.

    Wagtail's admin turns a PermissionDenied into its generic "no permission" redirect; the
    reason itself is added as an admin message when a request is at hand (simple-history's
    middleware keeps the current request).
    """

    def __init__(self, message):
        super().__init__(message)
        request = current_request()
        self.announced = request is not None
        if request is not None:
            messages.error(request, message)


class ActResult(models.TextChoices):
    """What ``act_on_task`` did; the label is what the person is told."""

    RECORDED = "recorded", "意见已记录。"
    SENT_BACK = "sent_back", "意见已记录，已退回起草人修改。"
    # 编辑即失效 (保密审查 第六条): the content changed after it was submitted.
    RESTARTED = "restarted", "送审后内容已修改，审查已从第一步重新开始，您的意见未记录，请重新提出。"
    ALREADY_DONE = "already_done", "该步骤已由他人处理（他人已先提出意见，或重复提交），您这次的意见未记录。"
    ROUND_CLOSED = "round_closed", "本轮送审已结束（已撤回，或内容修改后重新送审），您这次的意见未记录。"


@dataclass(frozen=True)
class Acted:
    result: ActResult
    opinion: ReviewOpinion | None = None

    def __post_init__(self):
        # Never "recorded" without the row, never a row without saying so.
        if (self.opinion is not None) != (self.result in (ActResult.RECORDED, ActResult.SENT_BACK)):
            raise ValueError(f"{self.result} with opinion {self.opinion!r}")

    @classmethod
    def too_late(cls, task_state):
        """The step was no longer waiting when the person answered it."""
        if task_state is not None and task_state.status == TaskState.STATUS_CANCELLED:
            return cls(ActResult.ROUND_CLOSED)
        return cls(ActResult.ALREADY_DONE)

    def tell(self, request, page, task):
        level = messages.SUCCESS if self.opinion is not None else messages.WARNING
        text = f"「{page.title}」{task.name}：{self.result.label}"
        if self.ended_the_round:
            text = format_html("{}{}", text, outcome_of_round(page, self.opinion))
        messages.add_message(request, level, text)

    @property
    def ended_the_round(self):
        return (self.opinion is not None and self.opinion.step == ReviewStep.LEADER_APPROVAL
                and self.opinion.outcome == Outcome.APPROVED)


def outcome_of_round(page, opinion):
    """What the leader's approval did (协调机制 第五条: only it publishes), in so many words: public
    now, with the link to the public page; or, decided 不予公开 / 依申请公开, not public and filed."""
    page = Page.objects.get(pk=page.pk).specific
    if page.live and opinion.decision == DisclosureDecision.PROACTIVE:
        return format_html(
            "审批同意，现已公开：<a href=\"{}\" target=\"_blank\" rel=\"noreferrer\">查看线上页面</a>", page.get_url()
        )
    return f"审批意见为{opinion.get_decision_display()}，不在网站公开，已列入不予公开备案。"


def act_on_task(task, task_state, user, action_name, data):
    """Approve or reject ``task_state`` as ``user``; returns ``Acted``. Refusals raise ``ReviewRefused``."""
    page = task_state.workflow_state.content_object.specific
    if not task.may_act(page, user):
        raise ReviewRefused("您不是本步骤的审查人，或已在本轮送审中提出过意见（一人只能提出一项意见）。")
    form = task.get_form_for_action(action_name)(data)
    if not form.is_valid():
        raise ReviewRefused("审查意见不完整：" + "；".join(e for errors in form.errors.values() for e in errors))
    cleaned = form.cleaned_data
    with transaction.atomic():
        claimed = _claim(task_state)
        locked = TaskState.objects.filter(pk=task_state.pk).first()
        if not claimed:
            # Somebody acted first (or this is a double click, or the round ended): that stands.
            return Acted.too_late(locked)
        submission = locked.workflow_state
        if action_name == "approve":
            return _approve(task, locked, submission, page, user, cleaned)
        if action_name == "reject":
            return _reject(task, locked, submission, page, user, cleaned)
    raise ReviewRefused("未知的审查操作。")


def _claim(task_state):
    """Lock the task state while it is still in progress, as the transaction's first statement;
    False when it no longer is.

    A conditional UPDATE is the lock on both databases: PostgreSQL takes the row lock (the second
    approver waits, then finds the status changed); on SQLite, where select_for_update does
    nothing, it takes the database's write lock before anything is read, so the second approver
    waits for it instead of failing with "database is locked"."""
    try:
        return bool(
            TaskState.objects.filter(pk=task_state.pk, status=TaskState.STATUS_IN_PROGRESS).update(
                status=TaskState.STATUS_IN_PROGRESS
            )
        )
    except OperationalError as error:  # SQLite: the other transaction kept the lock past the timeout
        raise ReviewRefused("该步骤正由他人处理，请稍后刷新页面查看结果。") from error


def _record(task, task_state, submission, page, user, outcome, cleaned):
    from .interpretations import plan_snapshot

    # 政策解读制度 第四条（一）（二）: the head's approval at step 2 approves the plan of the revision reviewed.
    approves_plan = task.step == ReviewStep.SECTION_HEAD_REVIEW and outcome == Outcome.APPROVED
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
                approved_plan=plan_snapshot(task_state.revision.as_object()) if approves_plan else {},
            )
    except IntegrityError:
        return None  # the other racer's opinion was written first


def content_changed_since_submitted(task_state, submission, page):
    """保密审查 第六条 (编辑即失效): approvals count for the content they were given on. True when the
    page's latest revision says something else than what this round has approved so far. A newer
    revision with the same content (an autosave, 保存草稿 without a change) is no edit."""
    latest_revision_id = Page.objects.filter(pk=page.pk).values_list("latest_revision_id", flat=True).first()
    reviewed = {task_state.revision_id} | set(
        ReviewOpinion.objects.filter(submission=submission).approvals().values_list("revision_id", flat=True)
    )
    if reviewed == {latest_revision_id}:
        return False
    return bool(reviewed - revisions_with_same_content(latest_revision_id, reviewed))


def _approve(task, task_state, submission, page, user, cleaned):
    blockers = task.approval_blockers(page)
    if blockers:
        raise ReviewRefused("暂不能同意：" + "；".join(blockers) + "。")
    if content_changed_since_submitted(task_state, submission, page):
        # The whole chain runs again from step 1 on the new content; this opinion is not recorded.
        restart_submission(submission, user)
        return Acted(ActResult.RESTARTED)
    settled = Escalation.objects.filter(submission=submission).exclude(decision="").first()
    if (
        settled
        and settled.decision != EscalationDecision.NOT_SECRET
        and cleaned["decision"] == DisclosureDecision.PROACTIVE
    ):
        raise ReviewRefused("该信息已被确定为国家秘密，不得主动公开（保密审查 第五条）。")
    if task.step == ReviewStep.LEADER_APPROVAL and cleaned["decision"] == DisclosureDecision.PROACTIVE:
        # Refused before the opinion is recorded; the marking under review is the revision's, not the
        # live page's (the guard's ``classification_refusal``, part of ``refusal_reason``).
        if reason := classification_refusal(task_state.revision.as_object()):
            raise ReviewRefused(reason + "请选择不予公开并注明依据。")
    opinion = _record(task, task_state, submission, page, user, Outcome.APPROVED, cleaned)
    if opinion is None:
        return Acted(ActResult.ALREADY_DONE)
    if task.step == ReviewStep.LEADER_APPROVAL:
        _finish_round(task_state, page, user, cleaned)
    else:
        task_state.approve(user=user, comment=cleaned.get("comment", ""))  # on to the next step
    return Acted(ActResult.RECORDED, opinion)


def _finish_round(task_state, page, user, cleaned):
    """The leader's approval ends the round (协调机制 第五条: only it publishes). 主动公开 第二条: the
    leader's decision becomes the item's (a new round may reverse a 不予公开). 主动公开: published by
    ``publishing.publish_reviewed``, which asks the guard's ``refusal_reason``; 依申请公开 / 不予公开: not
    published, a live page taken down at once, and listed for filing (备案)."""
    from .publishing import close_round, publish_reviewed, record_disclosure_decision, take_down

    submission = close_round(task_state, user, comment=cleaned.get("comment", ""))
    record_disclosure_decision(page, cleaned["decision"])
    if cleaned["decision"] == DisclosureDecision.PROACTIVE:
        publish_reviewed(submission, user)
        from .interpretations import interpretations_at_leader_step

        for companion in interpretations_at_leader_step(page):
            _approve_interpretation_with_document(companion, page, user, cleaned)
    else:
        take_down(page, cleaned["decision"], user)
        workflow_approved.send(sender=WorkflowState, instance=submission, user=user)


def _approve_interpretation_with_document(task_state, document, user, cleaned):
    """政策解读制度 第四条（三）（四）(三同步): the leader's one approval of a document approves its
    interpretation waiting at the leader's step, and both go live in the caller's transaction. Any
    refusal here undoes the document's publication too: both or neither."""
    task = task_state.task.specific
    interpretation = task_state.workflow_state.content_object.specific
    title = f"政策解读「{interpretation.title}」"
    if not task.may_act(interpretation, user):
        raise ReviewRefused(f"{title}须与文件一并审批，但您不是其审批人，文件与解读均未发布。")
    if blockers := task.approval_blockers(interpretation):
        raise ReviewRefused(f"{title}暂不能一并审批：" + "；".join(blockers) + "。文件与解读均未发布。")
    if content_changed_since_submitted(task_state, task_state.workflow_state, interpretation):
        raise ReviewRefused(f"{title}送审后内容已修改，须重新审查后再与文件一并审批。文件与解读均未发布。")
    if not _claim(task_state):
        raise ReviewRefused(f"{title}的审批环节已由他人处理，文件与解读均未发布，请刷新后重试。")
    opinion = _record(task, task_state, task_state.workflow_state, interpretation, user, Outcome.APPROVED, cleaned)
    if opinion is None:
        raise ReviewRefused(f"{title}的审批意见已由他人提出，文件与解读均未发布，请刷新后重试。")
    _finish_round(task_state, interpretation, user, cleaned)


def _reject(task, task_state, submission, page, user, cleaned):
    opinion = _record(task, task_state, submission, page, user, Outcome.REJECTED, cleaned)
    if opinion is None:
        return Acted(ActResult.ALREADY_DONE)
    task_state.reject(user=user, comment=cleaned["comment"])
    from .notifications import notify_rejection

    notify_rejection(opinion)
    return Acted(ActResult.SENT_BACK, opinion)


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
