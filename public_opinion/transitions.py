"""The only way a case changes state, and the records kept on it (舆情回应制度 第二至四条).

发现 → 核实 → 研判 → 报送 → 回应 → 办结, one step at a time and never skipped; a step back only with
a reason; a wrong case (误报) is closed with a reason, never deleted. Every change is saved into the
case's ``history`` (django-simple-history) with who made it, when, and why.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from .models import CaseReport, OpinionCase, Outcome, State
from .models.choices import FIRST_RECIPIENTS, MAJOR_SEVERITIES, STATE_ORDER, Recipient


def _locked(case):
    return OpinionCase.objects.select_for_update().get(pk=case.pk)


def _save(case, user, reason):
    case._history_user = user
    case._change_reason = reason
    case.save()
    return case


def _refuse_if_closed(case):
    if case.state == State.CLOSED:
        raise ValidationError("该舆情已办结，不能再修改。")


def _forward_refusal(case, to_state, note):
    """Why ``case`` may not move on to ``to_state`` yet (None when it may)."""
    if to_state == State.ASSESSING and case.verified_at is None:
        return "请先登记核实情况（与政府热线或责任科室核实，舆情回应制度 第二条），再进入研判。"
    if to_state == State.REPORTING and not note.strip():
        return "请填写研判意见，再进入报送。"
    if to_state == State.RESPONDING:
        if case.severity in MAJOR_SEVERITIES and case.reported_at is None:
            return "重大、特别重大舆情须先后向分管领导和局办公室报告（舆情回应制度 第三条），登记报送记录后才能进入回应。"
        if not case.reports.exists():
            return "请先登记报送记录（报告对象、时间、方式），再进入回应。"
    if to_state == State.CLOSED and case.responded_at is None:
        return "该舆情尚未回应：回应关切页面发布或登记其他渠道的回应后才能办结；误报请以“误报撤销”办结。"
    return None


@transaction.atomic
def transition(case, to_state, user, note=""):
    """Move ``case`` to ``to_state``: the next state (after its conditions are met), the previous one
    with a reason, or 办结 as unfounded (误报) with a reason from any open state."""
    case = _locked(case)
    _refuse_if_closed(case)
    note = (note or "").strip()
    current = STATE_ORDER.index(case.state)
    target = STATE_ORDER.index(to_state)
    label = State(to_state).label
    if target == current + 1:
        if reason := _forward_refusal(case, to_state, note):
            raise ValidationError(reason)
        if to_state == State.REPORTING:
            case.assessment = note
        if to_state == State.CLOSED:
            case.closing_note = note
        change = f"{State(case.state).label} → {label}" + (f"：{note}" if note else "")
    elif target == current - 1:
        if not note:
            raise ValidationError(f"退回“{label}”须说明理由。")
        change = f"退回 {State(case.state).label} → {label}：{note}"
    else:
        raise ValidationError(
            f"舆情办理须按 发现、核实、研判、报送、回应、办结 的顺序逐步进行，不能从“{State(case.state).label}”直接转为“{label}”。"
        )
    case.state = to_state
    return _save(case, user, change)


@transaction.atomic
def close_as_unfounded(case, user, reason):
    """A case found in error is closed with its reason, never deleted."""
    case = _locked(case)
    _refuse_if_closed(case)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("误报撤销须说明理由。")
    case.state, case.unfounded, case.closing_note = State.CLOSED, True, reason
    return _save(case, user, f"误报撤销：{reason}")


@transaction.atomic
def record_verification(case, user, verified_with, text, at=None):
    """第二条: verification with the hotline (政府热线) or the section, recorded on the case."""
    case = _locked(case)
    _refuse_if_closed(case)
    if not (verified_with or "").strip() or not (text or "").strip():
        raise ValidationError("请填写核实对象和核实情况。")
    case.verified_with, case.verification = verified_with.strip(), text.strip()
    case.verified_at, case.verified_by = at or timezone.now(), user
    return _save(case, user, f"登记核实：{case.verified_with}")


def _first_report_at(case):
    """第三条: reported once both the leader in charge and the general office have been told."""
    firsts = [case.reports.filter(recipient=r).order_by("reported_at").first() for r in FIRST_RECIPIENTS]
    if any(report is None for report in firsts):
        return None
    return max(report.reported_at for report in firsts)


@transaction.atomic
def record_report(case, user, recipient, method, reported_at, note=""):
    """第三条: one report upward; the case is "reported" once the leader and the office both know."""
    case = _locked(case)
    _refuse_if_closed(case)
    if reported_at > timezone.now():
        raise ValidationError("报告时间不能晚于现在。")
    if reported_at < case.first_seen_at:
        raise ValidationError("报告时间不能早于发现时间。")
    report = CaseReport.objects.create(case=case, recipient=recipient, method=method, reported_at=reported_at,
                                       reported_by=user, note=(note or "").strip())
    case.reported_at = _first_report_at(case)
    _save(case, user, f"报送：{Recipient(recipient).label}")
    return report


@transaction.atomic
def record_response(case, user, channel, responded_at, page=None):
    """第四条: the case's first response, with its time and channel (the first one is kept)."""
    case = _locked(case)
    if page is None:
        _refuse_if_closed(case)
        if responded_at > timezone.now() or responded_at < case.first_seen_at:
            raise ValidationError("回应时间须在发现时间之后、现在之前。")
    if case.responded_at is not None:
        return case
    case.responded_at, case.response_channel = responded_at, channel
    where = f"「{page.title}」上线" if page is not None else "登记回应"
    return _save(case, user, f"回应：{where}")


@transaction.atomic
def record_press_conference(case, user, held_at):
    case = _locked(case)
    _refuse_if_closed(case)
    if held_at > timezone.now() or held_at < case.first_seen_at:
        raise ValidationError("新闻发布会时间须在发现时间之后、现在之前。")
    case.press_conference_at = held_at
    return _save(case, user, "登记新闻发布会")


@transaction.atomic
def record_outcome(case, user, outcome, note):
    """第六条: 通报、约谈 or 追责 of the responsible sections and people, with the grounds."""
    case = _locked(case)
    if outcome != Outcome.NONE and not (note or "").strip():
        raise ValidationError("问责须说明情况和依据（舆情回应制度 第六条）。")
    case.outcome, case.outcome_note = outcome, (note or "").strip()
    return _save(case, user, f"问责结果：{Outcome(outcome).label}")
