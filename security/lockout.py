"""Log-in lockout (django-axes): what a locked-out person is told, and the page they get.

Failures are counted per user name *and* client address together (``AXES_LOCKOUT_PARAMETERS``):
whoever guesses names locks out only their own attempts at those names, never the whole site nor
the real user at their own desk.
"""

import logging

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.db import transaction
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.log_actions import log

logger = logging.getLogger(__name__)
LOCKED_OUT_STATUS = 429
UNLOCK_ACTION = "security.unlock"


def cool_off_minutes():
    return int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)


def lockout_message():
    return (
        f"登录失败次数过多，该账号在本机的登录已暂停。请{cool_off_minutes()}分钟后再试"
        "（暂停期间每次再试都会重新计时），或请办公室信息公开管理员解锁。"
    )


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the log-in page itself, its form saying why (``forms.LoginForm``),
    answered with 429; any other log-in path gets the message alone."""
    if isinstance(original_response, TemplateResponse):
        original_response.status_code = LOCKED_OUT_STATUS
        return original_response
    return HttpResponse(lockout_message(), status=LOCKED_OUT_STATUS, content_type="text/plain; charset=utf-8")


def is_locked(attempt, now=None):
    """Whether this user name + client is refused now (the failure limit reached within the cool-off)."""
    now = now or timezone.now()
    return attempt.failures_since_start >= settings.AXES_FAILURE_LIMIT and (
        attempt.attempt_time >= now - settings.AXES_COOLOFF_TIME
    )


def unlock(attempt, user):
    """The office lifts a lockout: the failure counts of that user name from every client are cleared,
    as ``manage.py axes_reset_username`` does, and the unlock is kept in Wagtail's audit log."""
    with transaction.atomic():
        log(instance=attempt, action=UNLOCK_ACTION, user=user, title=f"{attempt.username or '（无用户名）'} @ {attempt.ip_address}",
            data={"username": attempt.username, "ip_address": attempt.ip_address,
                  "failures": attempt.failures_since_start})
        if attempt.username:
            count = reset(username=attempt.username)
        else:
            count, _ = AccessAttempt.objects.filter(pk=attempt.pk).delete()
    logger.info("Log-in lockout of %r lifted by %s (%d records)", attempt.username, user.get_username(), count)
    return count
