"""One mail policy (outgoing.mail): a mail leaves only when the transaction commits, and a failing mail
server is logged, never raised into the person's action and never silently dropped."""

import logging

import pytest
from django.core import mail
from django.db import transaction

from outgoing.mail import send_after_commit

pytestmark = pytest.mark.django_db(transaction=True)


class RolledBack(Exception):
    """Raised to roll the transaction back."""


def test_no_mail_when_the_transaction_rolls_back():
    mail.outbox.clear()
    with pytest.raises(RolledBack), transaction.atomic():
        send_after_commit("主题", "正文", ["a@example.gov.cn"], about="测试")
        raise RolledBack
    assert mail.outbox == []


def test_mail_leaves_after_the_commit_once_to_each_address():
    mail.outbox.clear()
    with transaction.atomic():
        send_after_commit("主题", "正文", ["b@example.gov.cn", "a@example.gov.cn", "a@example.gov.cn", ""])
        assert mail.outbox == []
    assert [m.to for m in mail.outbox] == [["a@example.gov.cn", "b@example.gov.cn"]]


def test_a_failing_backend_is_logged_not_raised(monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError("smtp down")

    monkeypatch.setattr("outgoing.mail.send_mail", broken)
    with caplog.at_level(logging.ERROR, logger="outgoing.mail"), transaction.atomic():
        send_after_commit("【保密审查】待您审查", "正文", ["a@example.gov.cn"], about="保密审查，页面 7")
    [record] = [r for r in caplog.records if r.name == "outgoing.mail"]
    assert "保密审查，页面 7" in record.getMessage() and record.exc_info[0] is ConnectionRefusedError


def test_a_review_rejection_mail_is_not_sent_when_its_transaction_rolls_back(monkeypatch):
    from moderation import notifications

    class Someone:
        email = "drafter@example.gov.cn"

    class Page:
        pk = 7

    mail.outbox.clear()
    with pytest.raises(RolledBack), transaction.atomic():
        notifications._send("【保密审查】已退回修改", "正文", [Someone()], Page())
        raise RolledBack
    assert mail.outbox == []


def test_in_production_the_mail_waits_in_the_queue_for_the_worker(settings):
    """Issue 15 item 6: the request that causes a mail does not send it; ``db_worker`` does."""
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # as in production
    mail.outbox.clear()
    with transaction.atomic():
        send_after_commit("主题", "正文", ["a@example.gov.cn"], about="测试")
    assert mail.outbox == []
    [queued] = DBTaskResult.objects.all()
    assert queued.task_path == "outgoing.mail.deliver" and queued.args_kwargs["args"][2] == ["a@example.gov.cn"]
    call_command("db_worker", batch=True, queue_name="*", startup_delay=False, reload=False)
    assert [m.to for m in mail.outbox] == [["a@example.gov.cn"]]
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
