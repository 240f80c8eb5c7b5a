"""Mail about cases, after the transaction commits (``outgoing.mail``): urgent responses to every
step of the review at once, and cases past a limit to the leader in charge and the office, once."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from moderation.people import STEP_ROLES, reviewers
from organisation.models import Role, Section
from outgoing.mail import send_after_commit

from . import deadlines
from .models import OpinionCase, OverdueNotice


def _admin_url(name, *args):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=args)


def case_url(case):
    return _admin_url("public_opinion_opinioncase_modeladmin_inspect", case.pk)


def notify_urgent_response(page):
    """舆情回应制度 第四条 第一时间: a response to an urgent case is announced to the people of all four
    review steps as soon as it is submitted, so that each can act the moment it reaches them."""
    users = {user for step in STEP_ROLES for user in reviewers(page, step)}
    body = (
        f"加急：回应关切「{page.title}」已送审，所回应的舆情「{page.case.title}」须尽快回应。\n"
        f"请在送达您的审查环节后立即提出意见。\n"
        f"审查记录：{_admin_url('moderation:review_record', page.pk)}\n"
    )
    return send_after_commit(f"【加急·回应关切】{page.title}", body, [u.email for u in users],
                             about=f"舆情 {page.case_id}，回应页面 {page.pk}")


def leaders_and_office(case):
    """第三条: the leaders in charge of the case's sections and the general office's people."""
    office = Section.general_office()
    users = set()
    for section in case.sections.all():
        users.update(section.members(Role.LEADER_IN_CHARGE))
    if office is not None:
        users.update(m.user for m in office.memberships.select_related("user") if m.user.is_active)
    return users


def _claim(case, limit):
    """True the first time for this case and limit: the one mail is sent once, even by racing runs."""
    try:
        with transaction.atomic():
            OverdueNotice.objects.create(case=case, limit=limit)
    except IntegrityError:
        return False
    return True


def mail_overdue_cases(now=None):
    """The scheduled check (``manage.py check_public_opinion_deadlines``): each case past a limit is
    mailed once to the leader in charge and the office. Returns the (case, limit label) mailed."""
    now = now or timezone.now()
    sent = []
    for case in OpinionCase.objects.filter(deadlines.overdue_now(now)).prefetch_related("sections"):
        for due_field, label in deadlines.overdue_limits(case, now):
            due = getattr(case, due_field)
            if not _claim(case, due_field):
                continue
            body = (
                f"舆情「{case.title}」（{case.get_severity_display()}）已超过{label}时限"
                f"（{timezone.localtime(due):%Y-%m-%d %H:%M}），尚未{label}。\n"
                f"责任科室：{'、'.join(s.name for s in case.sections.all())}\n"
                f"办理情况：{case_url(case)}\n"
            )
            send_after_commit(f"【舆情超时】{case.title}：未按时{label}", body,
                              [u.email for u in leaders_and_office(case)], about=f"舆情 {case.pk}")
            sent.append((case, label))
    return sent
