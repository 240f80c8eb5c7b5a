"""E-mail to the people of the page's section (not to a static group), console backend by default;
sent after the transaction commits, failures logged (``outgoing.mail``)."""

from django.conf import settings
from django.urls import reverse

from outgoing.mail import send_after_commit

from .people import reviewers, section_people


def _admin_url(name, *args):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=args)


def _send(subject, body, users, page):
    return send_after_commit(subject, body, [u.email for u in users], about=f"保密审查，页面 {page.pk}")


def notify_assignment(task_state, task):
    page = task_state.workflow_state.content_object.specific
    body = (
        f"「{page.title}」已送达「{task.name}」环节，请您提出意见。\n"
        f"公开时限：{getattr(page, 'publication_deadline', '') or '—'}\n"
        f"提出意见：{_admin_url('moderation:review_record', page.pk)}#opinion\n"
    )
    return _send(f"【保密审查】待您审查：{page.title}", body, reviewers(page, task.step), page)


def notify_rejection(opinion):
    page = opinion.page.specific
    users = list(section_people(page))
    requester = opinion.submission.requested_by
    if requester:
        users.append(requester)
    body = (
        f"「{page.title}」在「{opinion.get_step_display()}」环节被 {opinion.reviewer} 退回修改。\n"
        f"退回理由：{opinion.comment}\n"
        f"修改后重新送审将从第一步重新开始。\n"
        f"审查记录：{_admin_url('moderation:review_record', page.pk)}\n"
    )
    return _send(f"【保密审查】已退回修改：{page.title}", body, users, page)
