"""Review pages in the admin. Thin: access checks in ``people``, rules in the services."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from wagtail.models import Page, TaskState, WorkflowState

from organisation.people import is_disclosure_admin

from . import approval_form, escalation, filings, scan
from .forms import EscalationDecisionForm, EscalationForm, FindingConfirmationForm, OpinionForm, RejectionForm
from .models import Escalation, ReviewOpinion, ReviewStep, SensitiveFinding
from .people import holds_step, in_page_scope, may_see_filings
from .review_actions import Acted, ReviewRefused, act_on_task
from .review_content import annotate_rounds


def _item_or_404(page_id, user):
    page = get_object_or_404(Page, pk=page_id, depth__gt=1).specific
    if not in_page_scope(user, page):
        raise PermissionDenied
    return page


def _submission_or_404(submission_id, user):
    submission = get_object_or_404(WorkflowState, pk=submission_id)
    page = submission.content_object
    if not isinstance(page, Page) or not in_page_scope(user, page.specific):
        raise PermissionDenied
    return submission


def review_record(request, page_id, opinion_forms=None):
    """All rounds, opinions and findings of an item; the current step's people act here too."""
    page = _item_or_404(page_id, request.user)
    submissions = list(WorkflowState.objects.for_instance(page).order_by("-created_at", "-pk"))
    opinions = ReviewOpinion.objects.filter(page=page).select_related("reviewer")
    findings = SensitiveFinding.objects.filter(page=page).select_related("confirmed_by")
    escalations = Escalation.objects.filter(page=page)
    for submission in submissions:
        submission.opinions = [o for o in opinions if o.submission_id == submission.pk]
        submission.findings = [f for f in findings if f.submission_id == submission.pk]
        submission.escalation_list = [e for e in escalations if e.submission_id == submission.pk]
    annotate_rounds(submissions)
    current_task = page.current_workflow_task
    is_reviewer_now = bool(
        current_task
        and getattr(current_task, "step", None) == ReviewStep.CONFIDENTIALITY_REVIEW
        and holds_step(request.user, page, ReviewStep.CONFIDENTIALITY_REVIEW)
    )
    actions = {name: label for name, label, _modal in current_task.get_actions(page, request.user)} if current_task else {}
    opinion_forms = opinion_forms or {}  # bound forms with errors, shown again as typed
    return TemplateResponse(
        request,
        "moderation/review_record.html",
        {
            "page": page,
            "submissions": submissions,
            "current_task": current_task,
            "current_task_state": page.current_workflow_task_state,
            "blockers": current_task.approval_blockers(page) if hasattr(current_task, "approval_blockers") else [],
            "approve_label": actions.get("approve"),
            "approve_form": (opinion_forms.get("approve") or OpinionForm()) if "approve" in actions else None,
            "reject_form": (opinion_forms.get("reject") or RejectionForm()) if "reject" in actions else None,
            "is_reviewer_now": is_reviewer_now,
            "can_record_decision": is_reviewer_now or is_disclosure_admin(request.user),
            "confirmation_form": FindingConfirmationForm(),
            "escalation_form": EscalationForm(),
            "decision_form": EscalationDecisionForm(),
        },
    )


@require_POST
def act(request, page_id):
    """Approve or reject the current step from the review record, a full page rather than
    Wagtail's modal: the drafter lands here right after submitting (保密审查 第六条（一）)."""
    page = _item_or_404(page_id, request.user)
    task, task_state = page.current_workflow_task, page.current_workflow_task_state
    answered = request.POST.get("task_state")
    if answered and answered != str(getattr(task_state, "pk", "")):
        # The form was for a step that is over: somebody acted first, a double click, a restart.
        earlier = get_object_or_404(TaskState, pk=answered, workflow_state__object_id=str(page.pk))
        Acted.too_late(earlier).tell(request, page, earlier.task)
        return redirect("moderation:review_record", page.pk)
    action = request.POST.get("action")
    if task is None or action not in {name for name, _label, _modal in task.get_actions(page, request.user)}:
        raise PermissionDenied
    form = task.get_form_for_action(action)(request.POST)
    if not form.is_valid():
        return review_record(request, page_id, opinion_forms={action: form})
    try:
        acted = act_on_task(task, task_state, request.user, action, form.cleaned_data)
    except ReviewRefused as refusal:
        _announce(request, refusal)
    else:
        acted.tell(request, page, task)  # 意见已记录 only with an opinion on record
    return redirect("moderation:review_record", page.pk)


def _announce(request, refusal):
    if not refusal.announced:  # raised outside a request's thread-local: say it here
        messages.error(request, str(refusal))


def _refusal_to_message(request, func):
    try:
        func()
    except ReviewRefused as refusal:
        _announce(request, refusal)
        return False
    return True


@require_POST
def confirm_finding_view(request, finding_id):
    finding = get_object_or_404(SensitiveFinding, pk=finding_id)
    page = _item_or_404(finding.page_id, request.user)
    if not holds_step(request.user, page, ReviewStep.CONFIDENTIALITY_REVIEW):
        raise PermissionDenied
    form = FindingConfirmationForm(request.POST)
    if form.is_valid():
        if _refusal_to_message(request, lambda: scan.confirm_finding(finding, request.user, form.cleaned_data["reason"])):
            messages.success(request, "已确认该敏感信息提示，并记录理由。")
    else:
        messages.error(request, "确认敏感信息必须填写理由。")
    return redirect("moderation:review_record", page.pk)


@require_POST
def escalate(request, page_id):
    page = _item_or_404(page_id, request.user)
    if not holds_step(request.user, page, ReviewStep.CONFIDENTIALITY_REVIEW):
        raise PermissionDenied
    form = EscalationForm(request.POST)
    if form.is_valid():
        if _refusal_to_message(
            request, lambda: escalation.refer(page, request.user, **form.cleaned_data)
        ):
            messages.success(request, f"已报送{form.cleaned_data['referred_to']}确定密级，确定前不能同意公开。")
    else:
        messages.error(request, "请填写报送机关和需确定的事项。")
    return redirect("moderation:review_record", page.pk)


@require_POST
def decide_escalation(request, escalation_id):
    referral = get_object_or_404(Escalation, pk=escalation_id)
    page = _item_or_404(referral.page_id, request.user)
    if not (holds_step(request.user, page, ReviewStep.CONFIDENTIALITY_REVIEW) or is_disclosure_admin(request.user)):
        raise PermissionDenied
    form = EscalationDecisionForm(request.POST)
    if form.is_valid():
        if _refusal_to_message(
            request,
            lambda: escalation.record_decision(
                referral, request.user, form.cleaned_data["decision"], form.cleaned_data["decision_reference"]
            ),
        ):
            messages.success(request, "已登记密级确定结果。")
    else:
        messages.error(request, "请选择确定结果并填写依据。")
    return redirect("moderation:review_record", page.pk)


def approval_form_html(request, submission_id):
    submission = _submission_or_404(submission_id, request.user)
    return TemplateResponse(request, "moderation/approval_form.html", approval_form.approval_form_data(submission))


def approval_form_pdf(request, submission_id):
    submission = _submission_or_404(submission_id, request.user)
    response = HttpResponse(approval_form.approval_form_pdf(submission), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="approval-form-{submission.pk}.pdf"'
    return response


def _filings_access(request):
    if not may_see_filings(request.user):
        raise PermissionDenied


def filings_list(request):
    _filings_access(request)
    return TemplateResponse(
        request, "moderation/filings.html", {"rows": list(filings.filing_rows(list(filings.filed_decisions())))}
    )


def filings_export(request, fmt="csv"):
    _filings_access(request)
    return filings.filings_export(list(filings.filed_decisions()), fmt)
