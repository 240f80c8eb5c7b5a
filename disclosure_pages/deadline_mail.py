"""主动公开制度 第四条: each morning the drafters and the head of a section are mailed the items of
their section that were never published and are due within five working days or overdue (the same
list as their dashboard panel), so a deadline is not missed by someone who does not log in."""

from itertools import groupby

from django.urls import reverse

from organisation.models import Role
from outgoing.reminders import admin_url, left_label, send_reminder

from .publication_clock import PUBLICATION_PERIOD_WORKING_DAYS, unpublished_deadlines


def mail_publication_deadlines(today=None):
    """Send one mail per section with due or overdue items; returns [(section, number of items)]."""
    entries = sorted(unpublished_deadlines(today=today), key=lambda e: (e.item.publisher_id, e.deadline, e.item.pk))
    sent = []
    for _, group in groupby(entries, key=lambda e: e.item.publisher_id):
        group = list(group)
        section = group[0].item.publisher
        people = section.members(Role.DRAFTER).union(section.members(Role.SECTION_HEAD))
        lines = [
            f"{e.item.title}（{left_label(e.deadline, e.working_days_left)}）"
            f" {admin_url(reverse('wagtailadmin_pages:edit', args=[e.item.pk]))}"
            for e in group
        ]
        overdue = sum(1 for e in group if e.overdue)
        recipients = send_reminder(
            f"主动公开时限提醒：{section.name} {len(group)} 条信息待公开" + (f"（{overdue} 条已超期）" if overdue else ""),
            f"以下信息自生成之日起须在 {PUBLICATION_PERIOD_WORKING_DAYS} 个工作日内公开（主动公开制度 第四条），"
            "请尽快完成审查并发布：",
            lines,
            [person.email for person in people],
            about=f"主动公开时限提醒，{section.name}",
        )
        if recipients:
            sent.append((section, len(group)))
    return sent
