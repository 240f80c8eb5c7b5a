"""保密审查 第七条: unclear classification is referred upwards; approval waits for the decision."""

from django.utils import timezone

from organisation.people import is_disclosure_admin

from .models import Escalation, ReviewStep
from .people import holds_step
from .review_actions import ReviewRefused


def pending_escalation(submission):
    return Escalation.objects.filter(submission=submission, decision="").first()


def refer(page, user, referred_to, question):
    submission = page.current_workflow_state
    task = page.current_workflow_task
    if submission is None or task is None or getattr(task, "step", None) != ReviewStep.CONFIDENTIALITY_REVIEW:
        raise ReviewRefused("只有在办公室保密审查环节才能报送确定密级。")
    if not holds_step(user, page, ReviewStep.CONFIDENTIALITY_REVIEW):
        raise ReviewRefused("只有办公室保密审查员可以报送确定密级。")
    if pending_escalation(submission):
        raise ReviewRefused("已有待确定的报送。")
    return Escalation.objects.create(
        submission=submission, page=page, revision_id=submission.current_task_state.revision_id,
        referred_to=referred_to, question=question, referred_by=user,
    )


def record_decision(escalation, user, decision, reference):
    if not (holds_step(user, escalation.page, ReviewStep.CONFIDENTIALITY_REVIEW) or is_disclosure_admin(user)):
        raise ReviewRefused("只有办公室保密审查员可以登记确定结果。")
    if not escalation.is_pending:
        raise ReviewRefused("该报送已登记确定结果。")
    escalation.decision = decision
    escalation.decision_reference = reference
    escalation.decided_at = timezone.now()
    escalation.recorded_by = user
    escalation.save()
    return escalation
