"""Admin views beyond modeladmin's list: the actions on a case (each calls one ``transitions``
function), the CSV/XLSX export and the yearly accountability table. Access is checked on every view."""

import re

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from outgoing.tables import export_response

from . import access, deadlines, transitions
from .accountability import OUTCOMES, yearly_accountability
from .forms import (
    AssessmentForm,
    NoteForm,
    OutcomeForm,
    PressConferenceForm,
    ReasonForm,
    ReportForm,
    ResponseForm,
    VerificationForm,
)
from .models import OpinionCase, State
from .models.choices import STATE_ORDER


def _next(case):
    return STATE_ORDER[STATE_ORDER.index(case.state) + 1]


def _previous(case):
    return STATE_ORDER[STATE_ORDER.index(case.state) - 1]


# operation → (label, form class, call of the service, whether it is offered in this state)
ACTIONS = {
    "advance": ("转入下一环节", NoteForm, lambda c, u, d: transitions.transition(c, _next(c), u, d["note"]),
                lambda c: c.is_open and _next(c) != State.REPORTING),
    "assess": ("填写研判意见并转入报送", AssessmentForm,
               lambda c, u, d: transitions.transition(c, State.REPORTING, u, d["note"]),
               lambda c: c.state == State.ASSESSING),
    "send_back": ("退回上一环节", ReasonForm, lambda c, u, d: transitions.transition(c, _previous(c), u, d["note"]),
                  lambda c: c.is_open and c.state != State.FOUND),
    "close_unfounded": ("误报撤销", ReasonForm, lambda c, u, d: transitions.close_as_unfounded(c, u, d["note"]),
                        lambda c: c.is_open),
    "verify": ("登记核实情况", VerificationForm,
               lambda c, u, d: transitions.record_verification(c, u, d["verified_with"], d["text"]),
               lambda c: c.is_open),
    "report": ("登记报送", ReportForm, lambda c, u, d: transitions.record_report(
        c, u, d["recipient"], d["method"], d["reported_at"], d["note"]), lambda c: c.is_open),
    "respond": ("登记其他渠道的回应", ResponseForm,
                lambda c, u, d: transitions.record_response(c, u, d["channel"], d["responded_at"]),
                lambda c: c.is_open and c.responded_at is None),
    "press_conference": ("登记新闻发布会", PressConferenceForm,
                         lambda c, u, d: transitions.record_press_conference(c, u, d["held_at"]),
                         lambda c: c.is_open and c.press_conference_due_at is not None),
    "outcome": ("登记问责结果", OutcomeForm, lambda c, u, d: transitions.record_outcome(c, u, d["outcome"], d["note"]),
                None),
}


def offered_actions(case, user):
    """(operation, label, url) of the actions ``user`` may take on ``case`` now."""
    result = []
    for operation, (label, _form, _call, offered) in ACTIONS.items():
        if operation == "outcome":
            if not access.can_decide_outcome(user):
                continue
        elif not offered(case):
            continue
        if operation == "advance":
            label = f"转入“{State(_next(case)).label}”"
        result.append((operation, label, reverse("public_opinion_admin:act", args=[case.pk, operation])))
    return result


def _case_for(user, pk):
    case = get_object_or_404(OpinionCase, pk=pk)
    if not access.can_open(user, case):
        raise PermissionDenied
    return case


def inspect_url(case):
    return reverse("public_opinion_opinioncase_modeladmin_inspect", args=[case.pk])


def act(request, pk, operation):
    if operation not in ACTIONS:
        raise Http404
    case = _case_for(request.user, pk)
    if operation not in {op for op, _label, _url in offered_actions(case, request.user)}:
        raise PermissionDenied
    label, form_class, call, _offered = ACTIONS[operation]
    form = form_class(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            call(case, request.user, form.cleaned_data)
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(request, f"{label}：已完成。")
            return redirect(inspect_url(case))
    return TemplateResponse(request, "public_opinion/admin/action.html", {
        "case": case, "form": form, "operation_label": label, "back_url": inspect_url(case),
    })


def hours(delta):
    return round(delta.total_seconds() / 3600, 1) if delta is not None else ""


EXPORT_HEADER = ["编号", "舆情标题", "来源", "原文链接", "舆情性质", "舆情等级", "责任科室", "办理状态", "发现时间",
                 "报送时限", "报送时间", "报送用时（小时）", "报送超时", "回应时限", "回应时间", "回应用时（小时）",
                 "回应渠道", "回应超时", "问责结果"]


def _local(moment):
    return timezone.localtime(moment) if moment else ""


def export(request, fmt="csv"):
    """CSV or XLSX of the cases the user may see (every cell neutralised by ``outgoing.tables``)."""
    if not access.can_use_cases(request.user):
        raise PermissionDenied
    now = timezone.now()
    cases = OpinionCase.objects.visible_to(request.user).prefetch_related("sections").order_by("first_seen_at", "pk")
    rows = [[
        case.pk, case.title, case.get_source_display(), case.link, case.get_kind_display(),
        case.get_severity_display(), "、".join(s.name for s in case.sections.all()), case.get_state_display(),
        _local(case.first_seen_at), _local(case.report_due_at), _local(case.reported_at), hours(case.time_to_report),
        "是" if deadlines.is_late(case.reported_at, case.report_due_at, now) else "",
        _local(case.response_due_at), _local(case.responded_at), hours(case.time_to_response),
        case.get_response_channel_display(),
        "是" if deadlines.is_late(case.responded_at, case.response_due_at, now) else "",
        case.get_outcome_display() if case.outcome else "",
    ] for case in cases]
    return export_response(f"public-opinion-cases-{timezone.localdate():%Y%m%d}", EXPORT_HEADER, rows, fmt=fmt,
                           sheet_title="舆情办理")


ACCOUNTABILITY_HEADER = ["科室", "舆情数", "报送超时", "回应超时", *[o.label for o in OUTCOMES]]


def accountability(request, fmt=None):
    """舆情回应制度 第六条: the yearly table per section, for those who see every case."""
    if not access.sees_every_case(request.user):
        raise PermissionDenied
    year, given = timezone.localdate().year, request.GET.get("year")
    if given:
        if re.fullmatch(r"[1-9][0-9]{3}", given):
            year = int(given)
        else:
            messages.error(request, f"年度“{given[:20]}”无效，已显示{year}年的数据。")
    rows = [[row["section"].name, row["cases"], row["late_reports"], row["late_responses"],
             *[row["outcomes"][o] for o in OUTCOMES]] for row in yearly_accountability(year)]
    if fmt:
        return export_response(f"public-opinion-accountability-{year}", ACCOUNTABILITY_HEADER, rows, fmt=fmt,
                               sheet_title=f"{year}年舆情回应考核")
    return TemplateResponse(request, "public_opinion/admin/accountability.html", {
        "year": year, "header": ACCOUNTABILITY_HEADER, "rows": rows,
    })
