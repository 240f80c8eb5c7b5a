"""The office's unlock of a log-in lockout (the listings are Wagtail snippet views, see wagtail_hooks)."""

from axes.models import AccessAttempt
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from organisation.people import is_disclosure_admin

from . import lockout


def unlock(request, pk, viewset):
    if not is_disclosure_admin(request.user):
        raise PermissionDenied
    attempt = get_object_or_404(AccessAttempt, pk=pk)
    index_url = viewset.get_url_name("list")
    if request.method == "POST":
        lockout.unlock(attempt, request.user)
        messages.success(request, f"已解除“{attempt.username or '（无用户名）'}”的登录锁定，可以立即重新登录。")
        return redirect(index_url)
    return TemplateResponse(request, "security/unlock.html", {
        "attempt": attempt, "locked": lockout.is_locked(attempt), "index_url_name": index_url,
    })
