"""Public pages: the complaint form and the citizen's status page. Thin: ``submission`` and
``transitions`` decide. Nothing here is cached (never_cache; the forms carry a CSRF token)."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from security import confirmation

from . import deadlines, submission, throttling, transitions
from .forms import ComplaintForm, SatisfactionForm, StatusLookupForm
from .models import Complaint

DONE_COOKIE = "jdjb_done"
SESSION_ACCESS = "complaints_access"
STATE_EXPLANATIONS = {
    "submitted": "已收到，等待办公室受理分办。",
    "handling": "正在办理。",
    "replied": "已答复，请查看答复内容并评价。",
    "closed": "已办结。",
}


def _service_errors(form, error):
    for field, messages in error.message_dict.items():
        form.add_error(field if field in form.fields else None, messages)


@sensitive_post_parameters()  # error reports must not carry citizens' personal data
@never_cache
@require_http_methods(["GET", "POST"])
def complaint_form(request):
    """监督举报: 举报/投诉 about disclosure work, 纠错 of a published item (依申请公开制度 第六条)."""
    if request.method == "POST":
        if not throttling.allow(request, "submit", "COMPLAINTS_SUBMISSION_RATE"):
            return render(request, "complaints/throttled.html", status=429)
        form = ComplaintForm(request.POST)
        if form.is_valid():
            try:
                complaint, code = submission.submit(form.save(commit=False))
            except ValidationError as error:
                _service_errors(form, error)
            else:
                done = {"tracking_number": complaint.tracking_number, "code": code,
                        "due_on": complaint.reply_due_on.isoformat()}
                return confirmation.hand_over(redirect("complaints:submitted"), DONE_COOKIE, done)
        item = submission.public_item(request.POST.get("item"))
    else:
        # ?item=<id> from an item page's 纠错 link: only a public item is taken; anything else is ignored.
        item = submission.public_item(request.GET.get("item"))
        initial = {"item": item.pk, "kind": "correction"} if item is not None else {}
        form = ComplaintForm(initial=initial)
    return render(request, "complaints/form.html", {
        "form": form, "item": item, "errors": form.error_summary() if form.is_bound else [],
        "period": deadlines.REPLY_PERIOD_WORKING_DAYS,
    })


@never_cache
def submitted(request):
    done = confirmation.take_over(request, DONE_COOKIE)
    if not done:
        return redirect("complaints:form")
    context = {**done, "period": deadlines.REPLY_PERIOD_WORKING_DAYS}
    return confirmation.forget(render(request, "complaints/submitted.html", context), DONE_COOKIE)


@sensitive_post_parameters("query_code")
@never_cache
@require_http_methods(["GET", "POST"])
def lookup(request):
    """Tracking number + query code; one answer for every mismatch, so nothing can be enumerated."""
    form = StatusLookupForm(request.POST or None)
    if request.method == "POST":
        if not throttling.allow(request, "lookup", "COMPLAINTS_LOOKUP_RATE"):
            return render(request, "complaints/throttled.html", status=429)
        if form.is_valid():
            complaint = submission.find_by_codes(form.cleaned_data["tracking_number"], form.cleaned_data["query_code"])
            if complaint is None:
                form.add_error(None, "查询编号或查询码不正确，请核对后重新输入。")
            else:
                allowed = set(request.session.get(SESSION_ACCESS, []))
                allowed.add(complaint.pk)
                request.session[SESSION_ACCESS] = sorted(allowed)
                return redirect("complaints:status", tracking_number=complaint.tracking_number)
    return render(request, "complaints/lookup.html", {"form": form})


@never_cache
@require_http_methods(["GET", "POST"])
def status(request, tracking_number):
    """The state, the reply and the evaluation, only in the browser session that entered the right codes."""
    complaint = Complaint.objects.select_related("item").filter(tracking_number=tracking_number).first()
    if complaint is None or complaint.pk not in request.session.get(SESSION_ACCESS, []):
        raise Http404
    form = SatisfactionForm(request.POST or None) if complaint.may_be_evaluated else None
    if request.method == "POST":
        if form is None:
            return redirect("complaints:status", tracking_number=tracking_number)
        if form.is_valid():
            try:
                transitions.evaluate(complaint, form.cleaned_data["satisfaction"], form.cleaned_data["comment"])
            except ValidationError as error:
                form.add_error(None, error.messages)
            else:
                return redirect("complaints:status", tracking_number=tracking_number)
    return render(request, "complaints/status.html", {
        "complaint": complaint, "form": form, "submitted_on": timezone.localdate(complaint.submitted_at),
        "replied_on": timezone.localdate(complaint.replied_at) if complaint.replied_at else None,
        "item": submission.public_item(complaint.item_id),
        "state_explanation": STATE_EXPLANATIONS[complaint.state],
        "errors": form.error_summary() if form is not None and form.is_bound else [],
    })
