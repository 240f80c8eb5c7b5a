"""The only way a complaint changes state, and the citizen's evaluation of the reply
(依申请公开制度 第六条, 考核评议制度 第五条（五）、第六条).

待受理 → (分办 to a section) 办理中 → (答复) 已答复 → (办结) 已办结. The office assigns (and
reassigns while the complaint is open) and closes; the office or the assigned section replies,
from 待受理 or 办理中. Every change is saved into the complaint's ``history``
(django-simple-history) with who made it, when, and why.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from . import access
from .models import OPEN_STATES, Complaint, ComplaintState, Satisfaction

# to state → the states it may be reached from
ALLOWED_FROM = {
    ComplaintState.HANDLING: set(OPEN_STATES),
    ComplaintState.REPLIED: set(OPEN_STATES),
    ComplaintState.CLOSED: {ComplaintState.REPLIED},
}
OPERATION_LABELS = {ComplaintState.HANDLING: "分办", ComplaintState.REPLIED: "答复", ComplaintState.CLOSED: "办结"}


def _locked(complaint):
    return Complaint.objects.select_for_update().get(pk=complaint.pk)


def _save(complaint, user, reason, at):
    complaint._history_user = user if getattr(user, "is_authenticated", False) else None
    complaint._change_reason = reason
    complaint._history_date = at
    complaint.save()
    return complaint


def _moment(complaint, at):
    """When the change happened: now, or earlier for one registered afterwards (a reply sent by letter,
    an evaluation given by telephone), never before the submission nor in the future."""
    now = timezone.now()
    if at is None:
        return now
    if at > now or at < complaint.submitted_at:
        raise ValidationError("办理时间须在提交时间之后、现在之前。")
    return at


def _check_permission(complaint, to_state, user):
    if to_state == ComplaintState.REPLIED:
        if not access.can_open(user, complaint):
            raise PermissionDenied("只有办公室和承办科室可以答复该件。")
    elif not access.can_assign_and_close(user):
        raise PermissionDenied("只有办公室可以分办或办结。")


@transaction.atomic
def transition(complaint, to_state, user, *, section=None, reply="", note="", at=None):
    """Move ``complaint`` to ``to_state``: 办理中 with the ``section`` it is assigned to, 已答复 with
    the ``reply`` text, or 已办结 (``note`` optional), ``at`` a past moment or now. Anything else is
    refused with the reason."""
    complaint = _locked(complaint)
    at = _moment(complaint, at)
    _check_permission(complaint, to_state, user)
    label = OPERATION_LABELS.get(to_state)
    if label is None or complaint.state not in ALLOWED_FROM[to_state]:
        raise ValidationError(f"该件当前状态为“{complaint.get_state_display()}”，不能{label or '转为该状态'}。")
    note = (note or "").strip()
    if to_state == ComplaintState.HANDLING:
        if section is None:
            raise ValidationError("请选择承办科室。")
        complaint.section = section
        change = f"分办至{section.name}"
    elif to_state == ComplaintState.REPLIED:
        reply = (reply or "").strip()
        if not reply:
            raise ValidationError("请填写答复内容。")
        complaint.reply, complaint.replied_at, complaint.replied_by = reply, at, user
        change = "答复"
    else:
        complaint.closed_at = at
        change = "办结"
    complaint.state = to_state
    return _save(complaint, user, change + (f"：{note}" if note else ""), at)


@transaction.atomic
def evaluate(complaint, satisfaction, comment="", at=None):
    """群众评价 (考核评议制度 第六条): the citizen's answer, once, and only after the reply."""
    complaint = _locked(complaint)
    at = _moment(complaint, at)
    if complaint.satisfaction:
        raise ValidationError("您已评价过该件，评价只能提交一次。")
    if not complaint.may_be_evaluated:
        raise ValidationError("答复之后才能评价。")
    if satisfaction not in Satisfaction.values:
        raise ValidationError({"satisfaction": "请选择满意、基本满意或不满意。"})
    complaint.satisfaction = satisfaction
    complaint.satisfaction_comment = (comment or "").strip()
    complaint.evaluated_at = at
    return _save(complaint, None, f"群众评价：{Satisfaction(satisfaction).label}", at)
