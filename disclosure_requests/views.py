"""Public pages: the application form and the applicant's status page. Thin: the services decide."""

from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from security import confirmation

from . import clocks, letters, release_review, services, throttling
from .forms import ApplicantForm, RequestForm, StatusLookupForm, apply_service_errors
from .models import Letter, ReleasedFile
from .models.choices import STATE_EXPLANATIONS

DONE_COOKIE = "yisqgk_done"
SESSION_ACCESS = "disclosure_requests_access"


@sensitive_post_parameters()  # error reports must not carry applicants' personal data
@never_cache
@require_http_methods(["GET", "POST"])
def apply(request):
    """依申请公开 entry: one request per form (一事一申请)."""
    if request.method == "POST":
        if not throttling.allow(request, "submit", "DISCLOSURE_REQUESTS_SUBMISSION_RATE"):
            return render(request, "disclosure_requests/throttled.html", status=429)
        applicant_form = ApplicantForm(request.POST, prefix="applicant")
        request_form = RequestForm(request.POST, request.FILES, prefix="request")
        if applicant_form.is_valid() and request_form.is_valid():
            try:
                disclosure_request, code = services.submit_request(
                    applicant_form.save(commit=False),
                    request_form.save(commit=False),
                    uploads=request_form.cleaned_data["attachments"],
                )
            except ValidationError as error:
                apply_service_errors(request_form, error)
            else:
                done = {"tracking_number": disclosure_request.tracking_number, "code": code,
                        "mailed": bool(disclosure_request.applicant.email)}
                return confirmation.hand_over(redirect("disclosure_requests:submitted"), DONE_COOKIE, done)
    else:
        applicant_form = ApplicantForm(prefix="applicant")
        request_form = RequestForm(prefix="request")
    errors = applicant_form.error_summary() + request_form.error_summary() if request.method == "POST" else []
    return render(request, "disclosure_requests/apply.html",
                  {"applicant_form": applicant_form, "request_form": request_form, "errors": errors})


@never_cache
def submitted(request):
    done = confirmation.take_over(request, DONE_COOKIE)
    if not done:
        return redirect("disclosure_requests:apply")
    return confirmation.forget(render(request, "disclosure_requests/submitted.html", done), DONE_COOKIE)


@sensitive_post_parameters("query_code")
@never_cache
@require_http_methods(["GET", "POST"])
def status(request):
    """Tracking number + query code; one answer for every mismatch, so nothing can be enumerated."""
    disclosure_request = None
    form = StatusLookupForm(request.POST or None)
    if request.method == "POST":
        if not throttling.allow(request, "lookup", "DISCLOSURE_REQUESTS_LOOKUP_RATE"):
            return render(request, "disclosure_requests/throttled.html", status=429)
        if form.is_valid():
            disclosure_request = services.find_by_codes(form.cleaned_data["tracking_number"],
                                                        form.cleaned_data["query_code"])
            if disclosure_request is None:
                form.add_error(None, "受理编号或查询码不正确，请核对后重新输入。")
            else:
                allowed = set(request.session.get(SESSION_ACCESS, []))
                allowed.add(disclosure_request.pk)
                request.session[SESSION_ACCESS] = sorted(allowed)
    context = {"form": form, "disclosure_request": disclosure_request}
    if disclosure_request is not None:
        context["clock"] = clocks.answer_status(disclosure_request)
        context["submitted_on"] = timezone.localdate(disclosure_request.submitted_at)
        context["state_explanation"] = STATE_EXPLANATIONS[disclosure_request.state]
        context["letters"] = disclosure_request.letters.filter(to_applicant=True)
        context["released_files"] = release_review.issued_files(disclosure_request)
    return render(request, "disclosure_requests/status.html", context)


@never_cache
def letter(request, number, fmt="html"):
    """A letter to the applicant, only in the browser session that entered the right codes."""
    letter = get_object_or_404(Letter.objects.select_related("request"), number=number, to_applicant=True)
    if letter.request_id not in request.session.get(SESSION_ACCESS, []):
        raise Http404
    if fmt == "pdf":
        response = HttpResponse(letters.render_pdf(letter), content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{letter.number}.pdf"'
        return response
    return render(request, "disclosure_requests/letter.html",
                  {"letter": letter, "organisation": letters.organisation_name(), "issued": letters.chinese_date(letter.issued_on)})


@never_cache
def released_file(request, pk):
    """A file given with the issued answer, only in the browser session that entered the right codes;
    before the answer is issued (release review, 保密审查 第六条) it does not exist for the applicant."""
    item = get_object_or_404(ReleasedFile.objects.select_related("request"), pk=pk)
    if item.request_id not in request.session.get(SESSION_ACCESS, []):
        raise Http404
    if item not in release_review.issued_files(item.request):
        raise Http404
    response = FileResponse(item.file.open("rb"), content_type=item.content_type, as_attachment=True,
                            filename=item.original_name)
    response["Cache-Control"] = "private, no-store"
    return response
