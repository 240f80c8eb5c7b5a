"""Mail to applicants and staff. Sent only after the transaction commits, so a request is stored
before anything is sent, and a mail failure never loses or rolls back a request (``outgoing.mail``).

Mails carry no personal data beyond what the addressee already knows.
"""

from django.conf import settings

from outgoing.mail import send_after_commit


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
    from organisation.models import Section

    office = Section.general_office()
    if office is not None:
        staff = office.memberships.filter(user__is_active=True).values_list("user__email", flat=True)
        _send_after_commit(
            "新的政府信息公开申请待确认受理",
            f"收到新的政府信息公开申请（受理编号 {disclosure_request.tracking_number}），请登录后台确认受理并分办。",
            sorted(set(staff)),
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
    from django.urls import reverse

    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "disclosure_requests_disclosurerequest_modeladmin_inspect", args=[disclosure_request.pk])


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
