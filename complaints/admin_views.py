"""Admin views beyond modeladmin's list: the actions on a complaint (each calls
``transitions.transition``) and the CSV/XLSX export. Access is checked on every view."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from outgoing.identifiers import mask
from outgoing.tables import export_response

from . import access, deadlines, transitions
from .forms import AssignForm, CloseForm, ReplyForm
from .models import OPEN_STATES, Complaint, ComplaintState

# operation → (label, form, target state, who may, in which states it is offered)
ACTIONS = {
    "assign": ("分办", AssignForm, ComplaintState.HANDLING, lambda u, c: access.can_assign_and_close(u), OPEN_STATES),
    "reply": ("答复", ReplyForm, ComplaintState.REPLIED, access.can_open, OPEN_STATES),
    "close": ("办结", CloseForm, ComplaintState.CLOSED, lambda u, c: access.can_assign_and_close(u),
              (ComplaintState.REPLIED,)),
}


def offered_actions(complaint, user):
    """(operation, label, url) of the actions ``user`` may take on ``complaint`` now."""
    return [(op, label, reverse("complaints_admin:act", args=[complaint.pk, op]))
            for op, (label, _form, _to, may, states) in ACTIONS.items()
            if complaint.state in states and may(user, complaint)]


def inspect_url(complaint):
    return reverse("complaints_complaint_modeladmin_inspect", args=[complaint.pk])


def act(request, pk, operation):
    if operation not in ACTIONS:
        raise Http404
    complaint = get_object_or_404(Complaint, pk=pk)
    if not access.can_open(request.user, complaint):
        raise PermissionDenied
    if operation not in {op for op, _label, _url in offered_actions(complaint, request.user)}:
        raise PermissionDenied
    label, form_class, to_state, _may, _states = ACTIONS[operation]
    form = form_class(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            transitions.transition(complaint, to_state, request.user, **form.cleaned_data)
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(request, f"{label}：已完成。")
            if access.can_open(request.user, Complaint.objects.get(pk=pk)):
                return redirect(inspect_url(complaint))
            return redirect("complaints_complaint_modeladmin_index")
    return TemplateResponse(request, "complaints/admin/action.html", {
        "complaint": complaint, "form": form, "operation_label": label, "back_url": inspect_url(complaint),
    })


EXPORT_HEADER = ["查询编号", "类型", "所涉信息", "承办科室", "姓名", "联系电话", "电子邮箱", "内容", "提交日期",
                 "答复期限", "办理状态", "答复日期", "超期情况", "群众评价", "评价意见"]


def export(request, fmt="csv"):
    """CSV or XLSX of the complaints the user may see: personal data masked (``outgoing.identifiers.mask``),
    every cell neutralised by ``outgoing.tables``."""
    if not access.can_use_complaints(request.user):
        raise PermissionDenied
    today = timezone.localdate()
    complaints = (access.visible_complaints(Complaint.objects.all(), request.user)
                  .select_related("item", "section").order_by("submitted_at", "pk"))
    rows = [[
        c.tracking_number, c.get_kind_display(), c.item.title if c.item else "", c.section.name if c.section else "",
        mask(c.name), mask(c.phone), mask(c.email), c.content, timezone.localdate(c.submitted_at), c.reply_due_on or "",
        c.get_state_display(), timezone.localdate(c.replied_at) if c.replied_at else "",
        deadlines.lateness(c, today), c.get_satisfaction_display() if c.satisfaction else "", c.satisfaction_comment,
    ] for c in complaints]
    return export_response(f"complaints-{today:%Y%m%d}", EXPORT_HEADER, rows, fmt=fmt, sheet_title="投诉举报与纠错")
