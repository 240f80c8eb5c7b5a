"""The shape of a deadline reminder mail, shared by every clock that mails one: a subject, one line
per matter (most urgent first) and the address of the admin page to act on it. Plain text: titles are
not markup here, and nothing personal is named (a request is named by its 受理编号 only)."""

from django.conf import settings

from .mail import send_after_commit


def admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def left_label(deadline, working_days_left):
    if working_days_left < 0:
        return f"{deadline:%Y年%m月%d日}到期，已超期 {-working_days_left} 个工作日"
    if working_days_left == 0:
        return f"{deadline:%Y年%m月%d日}到期，今天是最后一天"
    return f"{deadline:%Y年%m月%d日}到期，还剩 {working_days_left} 个工作日"


def send_reminder(subject, intro, lines, recipients, about):
    """Mail ``lines`` under ``intro`` to ``recipients`` after the transaction commits; returns who got it."""
    body = intro + "\n\n" + "\n".join(f"· {line}" for line in lines) + "\n\n此邮件由系统每天自动发送。"
    return send_after_commit(subject, body, recipients, about=about)
