"""Admin views beyond modeladmin's list: actions (each calls one service), files, letters, export,
registration of paper requests and the annual statistics. Access is checked on every view."""

import re

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.debug import sensitive_post_parameters

from outgoing.tables import export_response

from . import access, clocks, letters, services
from .forms import (
    AbandonForm,
    AmendmentRecordForm,
    AmendmentRequestForm,
    AnswerForm,
    ApplicantForm,
    AssignForm,
    ConfirmForm,
    ConfirmReceiptForm,
    ConsultationForm,
    ConsultationReplyForm,
    ConvertForm,
    ExtensionForm,
    FeeNoticeForm,
    FeePaymentForm,
    OverrideForm,
    RegisterForm,
    RequestForm,
    apply_service_errors,
)
from .models import AccessAction, DisclosureRequest, Letter, RequestAttachment
from .models.choices import NationalOutcome, outcome_group
from .statistics import COLUMN_LABELS, COLUMNS, annual_statistics

# operation → (form class, whether the form needs the request, call of the service)
ACTIONS = {
    "confirm_receipt": (ConfirmReceiptForm, False,
                        lambda r, u, d: services.confirm_receipt(r, u, d["received_on"], d["section"])),
    "assign": (AssignForm, False, lambda r, u, d: services.assign(r, u, d["section"], d["reason"])),
    "request_amendment": (AmendmentRequestForm, False,
                          lambda r, u, d: services.request_amendment(r, u, d["items"], d["deadline"])),
    "record_amendment": (AmendmentRecordForm, False, lambda r, u, d: services.record_amendment(
        r, u, d["amended_on"], d["note"], information_name=d["information_name"], description=d["description"])),
    "abandon_unamended": (AbandonForm, False, lambda r, u, d: services.abandon_unamended(r, u)),
    "start_consultation": (ConsultationForm, False, lambda r, u, d: services.start_consultation(
        r, u, d["party_name"], d["matters"], d["sent_on"], d["party_contact"], d["kind"])),
    "record_consultation_reply": (ConsultationReplyForm, True, lambda r, u, d: services.record_consultation_reply(
        d["consultation"], u, d["reply"], d["replied_on"], d["reply_text"], d["party_received_on"])),
    "override_objection": (OverrideForm, True, lambda r, u, d: services.override_objection(
        d["consultation"], u, d["reasons"], d["notified_on"])),
    "approve_extension": (ExtensionForm, False,
                          lambda r, u, d: services.approve_extension(r, u, d["days"], d["reasons"])),
    "issue_fee_notice": (FeeNoticeForm, False,
                         lambda r, u, d: services.issue_fee_notice(r, u, d["basis"], d["pages"])),
    "record_fee_payment": (FeePaymentForm, False,
                           lambda r, u, d: services.record_fee_payment(r, u, d["paid_on"], d["receipt_number"])),
    "lapse_fee": (ConfirmForm, False, lambda r, u, d: services.lapse_fee(r, u)),
    "answer": (AnswerForm, True, lambda r, u, d: services.answer(r, u, **d)),
    "answer_immediately": (AnswerForm, True, lambda r, u, d: services.answer(r, u, immediate=True, **d)),
    "close": (ConfirmForm, False, lambda r, u, d: services.close(r, u, note=d["note"])),
    "convert_to_proactive": (ConvertForm, False,
                             lambda r, u, d: services.convert_to_proactive(r, u, d["title"], d["parent"])),
}


def _request_for(user, pk):
    r = get_object_or_404(DisclosureRequest.objects.select_related("applicant", "handling_section"), pk=pk)
    if not access.can_open(user, r):
        raise PermissionDenied
    return r


def inspect_url(r):
    from django.urls import reverse

    return reverse("disclosure_requests_disclosurerequest_modeladmin_inspect", args=[r.pk])


def action(request, pk, operation):
    if operation not in ACTIONS:
        raise Http404
    r = _request_for(request.user, pk)
    form_class, needs_request, call = ACTIONS[operation]
    kwargs = {"disclosure_request": r} if needs_request else {}
    initial = {"received_on": timezone.localdate(), "sent_on": timezone.localdate(), "replied_on": timezone.localdate(),
               "notified_on": timezone.localdate(), "paid_on": timezone.localdate(), "amended_on": timezone.localdate(),
               "title": r.information_name, "section": r.handling_section}
    posted = request.method == "POST"
    form = form_class(request.POST if posted else None, request.FILES if posted else None, initial=initial, **kwargs)
    if posted and form.is_valid():
        try:
            call(r, request.user, form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            r.refresh_from_db()
            if operation in ("answer", "answer_immediately") and r.is_open:
                messages.success(request, "答复涉及公开政府信息，已送保密审查：起草人初步意见、科室负责人审查、"
                                          "办公室保密审查、分管领导审批后发出答复告知书。")
            else:
                messages.success(request, f"{services.OPERATION_LABELS[operation]}：已完成。")
            return redirect(inspect_url(r))
    return TemplateResponse(request, "disclosure_requests/admin/action.html", {
        "disclosure_request": r, "form": form, "operation": operation,
        "operation_label": services.OPERATION_LABELS[operation], "back_url": inspect_url(r),
    })


def attachment(request, pk, attachment_pk):
    r = _request_for(request.user, pk)
    item = get_object_or_404(RequestAttachment, pk=attachment_pk, request=r)
    access.log_access(request.user, [r], AccessAction.ATTACHMENT)
    response = FileResponse(item.file.open("rb"), content_type=item.content_type, as_attachment=True,
                            filename=item.original_name)
    response["Cache-Control"] = "private, no-store"
    return response


def letter(request, pk, letter_pk, fmt="html"):
    r = _request_for(request.user, pk)
    item = get_object_or_404(Letter, pk=letter_pk, request=r)
    access.log_access(request.user, [r], AccessAction.LETTER)
    if fmt == "pdf":
        response = HttpResponse(letters.render_pdf(item), content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{item.number}.pdf"'
        return response
    return HttpResponse(letters.render_html(item, request))


EXPORT_HEADER = ["受理编号", "申请人类型", "申请人", "证件号码", "联系电话", "所需信息名称", "办理状态", "承办科室",
                 "收到申请日期", "答复期限", "答复日期", "办理结果"]


def export(request, fmt="csv"):
    """CSV or XLSX of the requests the user may see, personal data masked; every exported request is logged."""
    if not access.can_use_requests(request.user):
        raise PermissionDenied
    requests = list(DisclosureRequest.objects.visible_to(request.user)
                    .select_related("applicant", "handling_section", "fee_notice")
                    .prefetch_related("consultations").order_by("pk"))
    state = request.GET.get("state")
    if state:
        requests = [r for r in requests if r.state == state]
    rows = []
    for r in requests:
        status = clocks.answer_status(r)
        rows.append([
            r.tracking_number, r.applicant.get_applicant_type_display(), r.applicant.name,
            r.applicant.masked_identity_number, r.applicant.masked_phone, r.information_name, r.get_state_display(),
            r.handling_section.name if r.handling_section else "", r.received_on or "",
            status.due_on or "", r.answered_on or "", r.outcome_label,
        ])
    response = export_response(f"disclosure-requests-{timezone.localdate():%Y%m%d}", EXPORT_HEADER, rows, fmt=fmt,
                               sheet_title="政府信息公开申请")
    access.log_access(request.user, requests, AccessAction.EXPORT)
    return response


@sensitive_post_parameters()
def register(request):
    """Staff enter an in-person, postal or fax request; the date of receipt is set at once."""
    if not access.can_register_and_assign(request.user):
        raise PermissionDenied
    data = request.POST if request.method == "POST" else None
    files = request.FILES if request.method == "POST" else None
    applicant_form = ApplicantForm(data, prefix="applicant")
    request_form = RequestForm(data, files, prefix="request")
    register_form = RegisterForm(data, initial={"received_on": timezone.localdate()}, prefix="register")
    if request.method == "POST" and all(f.is_valid() for f in (applicant_form, request_form, register_form)):
        try:
            r, code = services.submit_request(
                applicant_form.save(commit=False), request_form.save(commit=False),
                uploads=request_form.cleaned_data["attachments"], user=request.user,
                channel=register_form.cleaned_data["channel"], received_on=register_form.cleaned_data["received_on"],
            )
            if register_form.cleaned_data["handling_section"]:
                services.assign(r, request.user, register_form.cleaned_data["handling_section"])
        except ValidationError as error:
            apply_service_errors(register_form, error)
        else:
            messages.success(request, f"已登记，受理编号 {r.tracking_number}，查询码 {code}（请告知申请人，仅显示一次）。")
            return redirect(inspect_url(r))
    return TemplateResponse(request, "disclosure_requests/admin/register.html", {
        "applicant_form": applicant_form, "request_form": request_form, "register_form": register_form,
    })


def statistics(request):
    if not access.can_register_and_assign(request.user):
        raise PermissionDenied
    year, given = timezone.localdate().year, request.GET.get("year")
    if given:
        # A calendar year in ASCII digits: int() also reads ٢٠٢٦, and 0 or 99999 are no year.
        if re.fullmatch(r"[1-9][0-9]{3}", given):
            year = int(given)
        else:
            messages.error(request, f"年度“{given[:20]}”无效，已显示{year}年的统计。")
    data = annual_statistics(year)
    rows = []
    for outcome in NationalOutcome:
        rows.append({"group": outcome_group(outcome), "label": outcome.label,
                     "cells": [data["outcomes"][outcome.value][c] for c in COLUMNS + ["total"]]})
    return TemplateResponse(request, "disclosure_requests/admin/statistics.html", {
        "data": data, "year": year, "rows": rows, "columns": [COLUMN_LABELS[c] for c in COLUMNS] + ["总计"],
        "new": [data["new"][c] for c in COLUMNS + ["total"]],
        "carried_in": [data["carried_in"][c] for c in COLUMNS + ["total"]],
        "results_total": [data["results_total"][c] for c in COLUMNS + ["total"]],
        "carried_out": [data["carried_out"][c] for c in COLUMNS + ["total"]],
    })

