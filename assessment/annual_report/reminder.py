"""The deadline of the annual report on the office's dashboard (条例 第四十九条: published by 31 January),
from 1 January until the previous year's report is live."""

import datetime

from django.forms import Media
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.admin.ui.components import Component

from disclosure_pages.models import AnnualReportPage

from .access import can_manage_reports

DEADLINE_MONTH, DEADLINE_DAY = 1, 31


def reminder_text(today=None):
    """The reminder for ``today`` (Beijing date), or None when last year's report is live."""
    today = today or timezone.localdate()
    year = today.year - 1
    if AnnualReportPage.objects.filter(year=year, live=True).exists():
        return None
    deadline = datetime.date(today.year, DEADLINE_MONTH, DEADLINE_DAY)
    days = (deadline - today).days
    text = f"{year}年政府信息公开工作年度报告须于{deadline.year}年{deadline.month}月{deadline.day}日前公布，"
    if days >= 0:
        return text + f"还剩{days}天。"
    return text + f"已逾期{-days}天，请尽快完成审查并发布。"


class AnnualReportReminderPanel(Component):
    name = "annual_report_reminder"
    order = 80

    def __init__(self, text):
        self.text = text

    @property
    def media(self):
        return Media()

    def render_html(self, parent_context=None):
        return render_to_string("assessment/report/reminder_panel.html", {"text": self.text})


def reminder_panel(user):
    """The panel for ``user``, or None (not the office's, or nothing to remind of)."""
    if not can_manage_reports(user):
        return None
    text = reminder_text()
    return AnnualReportReminderPanel(text) if text else None
