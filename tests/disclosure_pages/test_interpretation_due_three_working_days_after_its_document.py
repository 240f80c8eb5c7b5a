"""政策解读制度 第四条: an interpretation not published with its document is due within 3 working days of
the document's publication; the dashboard shows each section its due and overdue interpretations."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from disclosure_pages.interpretation_clock import LATE, MISSING, ON_TIME, TOGETHER, interpretation_due, timeliness
from disclosure_pages.models import DisclosureItemPage
from organisation.models import Role
from tests.factories import DisclosureItemPageFactory, InterpretationPageFactory, SectionFactory, member
from workdays.official_calendar import WorkingDayCalendar

pytestmark = pytest.mark.django_db

BEFORE_NATIONAL_DAY = datetime.date(2025, 9, 30)  # 10月1日至8日放假，10月11日（星期六）上班


def test_due_three_working_days_later_across_the_national_day_holiday():
    assert interpretation_due(BEFORE_NATIONAL_DAY) == datetime.date(2025, 10, 11)


def test_timeliness_of_an_interpretation():
    assert timeliness(BEFORE_NATIONAL_DAY, BEFORE_NATIONAL_DAY) == TOGETHER
    assert timeliness(BEFORE_NATIONAL_DAY, datetime.date(2025, 10, 11)) == ON_TIME
    assert timeliness(BEFORE_NATIONAL_DAY, datetime.date(2025, 10, 13)) == LATE
    assert timeliness(BEFORE_NATIONAL_DAY, None) == MISSING


def published_with_days_left(document, days_left):
    """Move the document's 发布日期 back so that its interpretation has ``days_left`` working days."""
    calendar, today = WorkingDayCalendar(), timezone.localdate()
    day = today
    while calendar.working_days_between(today, interpretation_due(day, calendar)) > days_left:
        day -= datetime.timedelta(days=1)
    DisclosureItemPage.objects.filter(pk=document.pk).update(publication_date=day)


@pytest.mark.usefixtures("at_any_hour")
def test_dashboard_shows_own_sections_interpretations_due_and_overdue(portal, client):
    mine, theirs = SectionFactory(name="大数据发展科"), SectionFactory(name="规划财务科")
    category = portal.categories["regulations"]

    def document(title, section=mine, **kwargs):
        return DisclosureItemPageFactory(parent=category, publisher=section, title=title, **kwargs)

    overdue = document("已超期未解读的办法", is_normative=True)
    published_with_days_left(overdue, -2)
    due = document("待解读的重要政策文件", is_important_policy=True)
    published_with_days_left(due, 1)
    interpreted = document("已有解读的办法", is_normative=True)
    InterpretationPageFactory(parent=category, interpreted_document=interpreted)
    ordinary = document("无须解读的通知")
    foreign = document("其他科室的办法", section=theirs, is_normative=True)

    client.force_login(member(Role.DRAFTER, mine))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "政策解读时限提醒（文件发布后3个工作日）" in html
    assert overdue.title in html and "解读已超期 2 个工作日" in html
    assert due.title in html and "剩余 1 个工作日" in html
    for absent in (interpreted, ordinary, foreign):
        assert absent.title not in html
