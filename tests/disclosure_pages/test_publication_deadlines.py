"""主动公开制度 第四条: 20 working days after 生成日期; the dashboard warns each section."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from disclosure_pages.publication_clock import publication_deadline
from organisation.models import Role
from tests.factories import DisclosureItemPageFactory, SectionFactory, UserFactory, member
from workdays.official_calendar import WorkingDayCalendar

pytestmark = pytest.mark.django_db


def creation_date_with_days_left(days_left):
    """A 生成日期 whose 20-working-day deadline is ``days_left`` working days from today."""
    calendar = WorkingDayCalendar()
    today = timezone.localdate()
    day = today
    while True:
        deadline = publication_deadline(day, calendar)
        if calendar.working_days_between(today, deadline) <= days_left:
            return day
        day -= datetime.timedelta(days=1)


def test_deadline_counts_working_days(portal):
    item = DisclosureItemPageFactory(parent=portal.categories["other"], live=False,
                                     creation_date=datetime.date(2026, 9, 21))
    assert item.publication_deadline == datetime.date(2026, 10, 26)


@pytest.mark.usefixtures("at_any_hour")
def test_dashboard_panel_shows_own_sections_due_and_overdue_items(portal, client):
    mine, theirs = SectionFactory(name="大数据发展科"), SectionFactory(name="规划财务科")
    drafter = member(Role.DRAFTER, mine)
    category = portal.categories["other"]
    overdue = DisclosureItemPageFactory(parent=category, publisher=mine, live=False, title="已超期的采购公告",
                                        creation_date=creation_date_with_days_left(-3))
    due = DisclosureItemPageFactory(parent=category, publisher=mine, live=False, title="即将到期的预算说明",
                                    creation_date=creation_date_with_days_left(2))
    relaxed = DisclosureItemPageFactory(parent=category, publisher=mine, live=False, title="时间充裕的通知",
                                        creation_date=timezone.localdate())
    published = DisclosureItemPageFactory(parent=category, publisher=mine, title="已经发布的通知",
                                          creation_date=creation_date_with_days_left(-3))
    foreign = DisclosureItemPageFactory(parent=category, publisher=theirs, live=False, title="其他科室的通知",
                                        creation_date=creation_date_with_days_left(-3))

    client.force_login(drafter)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "公开时限提醒（20个工作日）" in html
    assert overdue.title in html and "已超期 3 个工作日" in html
    assert due.title in html and "剩余 2 个工作日" in html
    for absent in (relaxed, published, foreign):
        assert absent.title not in html

    office = UserFactory(username="office-staff", is_superuser=True)
    client.force_login(office)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert foreign.title in html and "规划财务科" in html


@pytest.mark.usefixtures("at_any_hour")
def test_editor_shows_index_number_and_deadline(portal, client):
    section = SectionFactory()
    item = DisclosureItemPageFactory(parent=portal.categories["other"], publisher=section, live=False,
                                     creation_date=creation_date_with_days_left(4))
    client.force_login(UserFactory(username="admin-user", is_superuser=True))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[item.pk])).content.decode()
    assert item.index_number in html
    assert str(item.publication_deadline) in html and "剩余 4 个工作日" in html
