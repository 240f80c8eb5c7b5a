"""条例 第四十九条: the annual report is published by 31 January. From 1 January until last year's report
is live, the office's dashboard says how many days are left (or how late it is), in Beijing dates."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from disclosure_pages.models import AnnualReportPage
from tests.factories import SectionFactory, member
from tests.factories import approve_through_chain as approve

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


def dashboard(client, as_user, user):
    as_user(user)
    return client.get(reverse("wagtailadmin_home")).content.decode()


def publish_report(office, year):
    page = AnnualReportPage(live=False, title=f"{year}年政府信息公开工作年度报告", slug=str(year), year=year)
    office.column.add_child(instance=page)
    approve(page, office.team)


def test_days_left_counted_in_beijing(client, as_user, office):
    # 17:30 UTC on 20 January is already 21 January in Beijing: ten days left, not eleven.
    with time_machine.travel(datetime.datetime(2027, 1, 20, 17, 30, tzinfo=UTC), tick=False):
        html = dashboard(client, as_user, office.team.drafter)
    assert "2026年政府信息公开工作年度报告须于2027年1月31日前公布，还剩10天" in html


def test_overdue_until_the_report_is_live(client, as_user, office):
    with time_machine.travel(datetime.datetime(2027, 2, 3, 2, 0, tzinfo=UTC), tick=False):
        assert "2026年政府信息公开工作年度报告须于2027年1月31日前公布，已逾期3天" in dashboard(
            client, as_user, office.team.drafter)
        publish_report(office, 2026)
        assert "政府信息公开工作年度报告须于" not in dashboard(client, as_user, office.team.drafter)


def test_only_the_office_is_reminded(client, as_user, office):
    drafter = member("drafter", SectionFactory(name="数据资源科", code="data"), "data_drafter")
    with time_machine.travel(datetime.datetime(2027, 1, 5, 2, 0, tzinfo=UTC), tick=False):
        assert "年度报告须于" not in dashboard(client, as_user, drafter)
        assert "还剩26天" in dashboard(client, as_user, office.team.reviewer)


@pytest.mark.usefixtures("at_any_hour")
def test_reminder_follows_the_beijing_date_at_any_hour(client, as_user, office):
    today = timezone.localdate()
    deadline = datetime.date(today.year, 1, 31)
    html = dashboard(client, as_user, office.team.drafter)
    expected = f"{today.year - 1}年政府信息公开工作年度报告须于{today.year}年1月31日前公布，"
    days = (deadline - today).days
    assert expected + (f"还剩{days}天" if days >= 0 else f"已逾期{-days}天") in html
    publish_report(office, today.year - 1)
    assert expected not in dashboard(client, as_user, office.team.drafter)
