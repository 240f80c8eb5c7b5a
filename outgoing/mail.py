"""The one mail policy: mail leaves only after the transaction commits, from the background worker,
and a failure is logged.

So nothing is announced that was rolled back (a refused approval, a request not stored), a person
never waits for a mail server, and a mail server that is down never undoes or breaks what the person
did: the failure is in the log with what the mail was about and in the task's result
(``manage.py db_worker`` runs the queue in production; the immediate backend of development and the
tests sends at once, still after the commit).
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def deliver(subject, body, recipients, about=""):
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    except Exception:
        logger.exception("邮件发送失败（%s）：%s", about or "—", subject)
        raise  # the task's result records the failure too


def send_after_commit(subject, body, recipients, about=""):
    """Send to ``recipients`` (empty addresses dropped) once the current transaction commits (at once
    outside one). ``about`` names the matter in the log line of a failure. Returns the recipients."""
    recipients = sorted({r for r in recipients if r})
    if not recipients:
        return recipients

    def enqueue():
        try:
            deliver.enqueue(subject, body, recipients, about)
        except Exception:  # noqa: BLE001 - the person's action already stands; the failure is logged
            logger.exception("邮件未能排入发送队列（%s）：%s", about or "—", subject)

    transaction.on_commit(enqueue)
    return recipients
