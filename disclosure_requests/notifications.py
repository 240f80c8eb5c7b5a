"""Mail to applicants and staff. Sent only after the transaction commits, so a request is stored
before anything is sent, and a mail failure never loses or rolls back a request (``outgoing.mail``).

Mails carry no personal data beyond what the addressee already knows.
"""

from itertools import groupby

from django.urls import reverse

from organisation.models import Membership
from outgoing.mail import send_after_commit
from outgoing.reminders import admin_url, left_label, send_reminder
from workdays.official_calendar import WorkingDayCalendar

from . import clocks
from .models import DisclosureRequest, State


def _send_after_commit(subject, body, recipients, tracking_number):
    send_after_commit(subject, body, recipients, about=f"依申请公开，受理编号 {tracking_number}")


def request_submitted(disclosure_request, query_code):
    _send_after_commit(
        "政府信息公开申请已提交",
        f"您的政府信息公开申请已提交。\n受理编号：{disclosure_request.tracking_number}\n查询码：{query_code}\n"
        "本机关确认收到后开始计算答复期限。请妥善保管查询码，凭受理编号和查询码在网站查询办理进度和答复文书。",
        [disclosure_request.applicant.email],
        disclosure_request.tracking_number,
    )
    _send_after_commit(
        "新的政府信息公开申请待确认受理",
        f"收到新的政府信息公开申请（受理编号 {disclosure_request.tracking_number}），请登录后台确认受理并分办。",
        _office_emails(),
        disclosure_request.tracking_number,
    )


def letter_issued(letter):
    if not letter.to_applicant:
        return
    _send_after_commit(
        f"您的政府信息公开申请有新的文书：{letter.title}",
        f"受理编号 {letter.request.tracking_number} 的申请有新的文书《{letter.title}》。"
        "请凭受理编号和查询码在网站查询页面查看或下载。",
        [letter.request.applicant.email],
        letter.request.tracking_number,
    )


def _handling_page_url(disclosure_request):
    return admin_url(reverse("disclosure_requests_disclosurerequest_modeladmin_inspect", args=[disclosure_request.pk]))


def release_step_waiting(proposal, step, people):
    """保密审查 第六条: the people of the next step are told an answer waits for their opinion."""
    r = proposal.request
    _send_after_commit(
        f"依申请公开答复待您审查：{step.label}",
        f"受理编号 {r.tracking_number} 的答复涉及公开政府信息，发出前须经保密审查，现待您提出“{step.label}”。\n"
        f"办理页面：{_handling_page_url(r)}",
        sorted({person.email for person in people}),
        r.tracking_number,
    )


def release_returned(proposal, opinion):
    """A rejection goes back to whoever proposed the answer, with the reason."""
    r = proposal.request
    _send_after_commit(
        "依申请公开答复被退回修改",
        f"受理编号 {r.tracking_number} 的答复在“{opinion.get_step_display()}”环节被退回修改。\n"
        f"理由：{opinion.comment}\n请修改答复后重新送审：{_handling_page_url(r)}",
        [proposal.proposed_by.email],
        r.tracking_number,
    )



def mail_answer_deadlines(on=None):
    """依申请公开 第五条: each morning the office and the handling section are mailed the requests whose answer
    is due within five working days or overdue (the dashboard's list); returns [(section or None, number)]."""
    calendar = WorkingDayCalendar()
    due = []
    for r in DisclosureRequest.objects.filter(received_on__isnull=False).exclude(
        state__in=[State.ANSWERED, State.CLOSED]
    ).select_related("handling_section"):
        status = clocks.answer_status(r, on=on, calendar=calendar)
        if status.overdue or status.due_soon:
            due.append((r, status))
    sent = []
    due.sort(key=lambda pair: (pair[0].handling_section_id or 0, pair[1].due_on, pair[0].pk))
    for _, group in groupby(due, key=lambda pair: pair[0].handling_section_id):
        group = list(group)
        section = group[0][0].handling_section
        name = section.name if section else "未分办"
        lines = [
            f"受理编号 {r.tracking_number}：{r.get_state_display()}，{left_label(status.due_on, status.working_days_left)}"
            + ("（暂停计时中）" if status.paused else "") + f" {_handling_page_url(r)}"
            for r, status in group
        ]
        recipients = send_reminder(
            f"依申请公开答复期限提醒：{name} {len(group)} 件申请",
            "以下政府信息公开申请的答复期限将至或已超期（依申请公开 第五条：20个工作日内答复，"
            "经负责人同意可延长，延长期限不超过20个工作日）：",
            lines,
            _office_emails() + _members_emails(section),
            about=f"依申请公开答复期限提醒，{name}",
        )
        if recipients:
            sent.append((section, len(group)))
    return sent


def _office_emails():
    """The general office's people, in one query (this runs for every submission)."""
    return list(
        Membership.objects.filter(section__is_general_office=True, user__is_active=True).values_list(
            "user__email", flat=True
        )
    )


def _members_emails(section):
    if section is None:
        return []
    return list(section.memberships.filter(user__is_active=True).values_list("user__email", flat=True))
