"""The one mail policy: mail leaves only after the transaction commits, and a failure is logged.

So nothing is announced that was rolled back (a refused approval, a request not stored), and a mail
server that is down never undoes or breaks what the person did; the failure is in the log with what
the mail was about, never silently dropped.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction

logger = logging.getLogger(__name__)


def send_after_commit(subject, body, recipients, about=""):
    """Send to ``recipients`` (empty addresses dropped) once the current transaction commits (at once
    outside one). ``about`` names the matter in the log line of a failure. Returns the recipients."""
    recipients = sorted({r for r in recipients if r})
    if not recipients:
        return recipients

    def send():
        try:
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
        except Exception:  # noqa: BLE001 - the person's action already stands; the failure is logged
            logger.exception("邮件发送失败（%s）：%s", about or "—", subject)

    transaction.on_commit(send)
    return recipients
