"""Admin views of the release review: an opinion, a released file, the approval form. Thin: who may
act is decided by ``services.give_release_opinion``; who may look, by ``access.can_open``."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from . import release_form, services
from .admin_views import _request_for, inspect_url
from .forms import ReleaseOpinionForm
from .models import ReleasedFile, ReleaseProposal


def _proposal_for(user, pk, proposal_pk):
    r = _request_for(user, pk)
    return r, get_object_or_404(ReleaseProposal.objects.select_related("request"), pk=proposal_pk, request=r)


@require_POST
def act(request, pk, proposal_pk):
    r, proposal = _proposal_for(request.user, pk, proposal_pk)
    form = ReleaseOpinionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "请选择同意或退回修改。")
        return redirect(inspect_url(r))
    try:
        opinion = services.give_release_opinion(proposal, request.user, form.cleaned_data["outcome"],
                                                form.cleaned_data["comment"])
    except (ValidationError, PermissionDenied) as refusal:
        text = "；".join(refusal.messages) if isinstance(refusal, ValidationError) else str(refusal)
        messages.error(request, f"意见未记录：{text}")
    else:
        r.refresh_from_db()
        done = "答复已发出。" if not r.is_open else "意见已记录。"
        messages.success(request, f"{opinion.get_step_display()}（{opinion.get_outcome_display()}）：{done}")
    return redirect(inspect_url(r))


def released_file(request, pk, file_pk):
    """A released file, for the people who review or handle the answer."""
    r = _request_for(request.user, pk)
    item = get_object_or_404(ReleasedFile, pk=file_pk, request=r)
    response = FileResponse(item.file.open("rb"), content_type=item.content_type, as_attachment=True,
                            filename=item.original_name)
    response["Cache-Control"] = "private, no-store"
    return response


def approval_form_html(request, pk, proposal_pk):
    _r, proposal = _proposal_for(request.user, pk, proposal_pk)
    return TemplateResponse(request, "disclosure_requests/admin/release_approval_form.html",
                            release_form.approval_form_data(proposal))


def approval_form_pdf(request, pk, proposal_pk):
    _r, proposal = _proposal_for(request.user, pk, proposal_pk)
    response = HttpResponse(release_form.approval_form_pdf(proposal), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="release-approval-{proposal.request.tracking_number}-{proposal.round}.pdf"'
    return response
