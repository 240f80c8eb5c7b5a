"""协调机制 第五条 (未经批准不得发布): the 年报 page is generated as a draft and goes live only by the
leader's approval at the end of the four-step chain, which freezes the year's figures."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from assessment.models import AnnualReport
from disclosure_pages.models import AnnualReportPage
from moderation.guards import PublishRefused
from tests.factories import UserFactory, approve_through_chain

from .flow import report_with_text
from .records import YEAR

pytestmark = pytest.mark.django_db


def generated(client, as_user, office):
    report = report_with_text()
    as_user(office.team.drafter)
    response = client.post(reverse("annual_report:generate", args=[YEAR]))
    page = AnnualReportPage.objects.get(year=YEAR)
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    return report, page


def test_generate_creates_a_draft_under_the_annual_report_column(client, as_user, office, records):
    report, page = generated(client, as_user, office)
    assert not page.live and page.get_parent().pk == office.column.pk
    assert page.title == "2025年政府信息公开工作年度报告"
    assert [block.value["heading"] for block in page.get_latest_revision_as_object().overview] == [
        "（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障"]
    report.refresh_from_db()
    assert report.page_id == page.pk and not report.is_frozen
    client.logout()
    assert client.get(f"/nianbao/{YEAR}/").status_code == 404


def test_draft_cannot_be_published_by_revision_bulk_action_or_schedule(client, as_user, office, records):
    _report, page = generated(client, as_user, office)
    with pytest.raises(PublishRefused):
        page.get_latest_revision().publish()

    root = UserFactory(username="root", is_superuser=True, is_staff=True)
    as_user(root)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    response = client.post(f"{url}?id={page.pk}", {"include_descendants": ""}, follow=True)
    assert "尚未完成保密审查" in response.content.decode()

    revision = page.get_latest_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=5)
    revision.save(update_fields=["approved_go_live_at"])
    call_command("publish_scheduled")
    assert not Page.objects.get(pk=page.pk).live
    assert not AnnualReport.objects.get(year=YEAR).is_frozen


def test_three_approvals_do_not_publish(client, as_user, office, records):
    _report, page = generated(client, as_user, office)
    approve_through_chain(page, office.team, steps=3)
    assert not Page.objects.get(pk=page.pk).live
    assert not AnnualReport.objects.get(year=YEAR).is_frozen


def test_leader_approval_publishes_and_freezes_the_figures(client, as_user, office, records):
    _report, page = generated(client, as_user, office)
    approve_through_chain(page, office.team)
    page = AnnualReportPage.objects.get(pk=page.pk)
    assert page.live
    report = AnnualReport.objects.get(year=YEAR)
    assert report.frozen_figures == page.figures and report.frozen_at is not None
    assert page.live_revision.content["figures"] == report.frozen_figures

    client.logout()
    html = client.get(f"/nianbao/{YEAR}/").content.decode()
    assert "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" in html
    assert "2025年（一）主动公开的情况。" in html
    assert "实际收取信息处理费共计300.50元" in html
    # The column is the archive: the report is listed there.
    assert f'href="/nianbao/{YEAR}/"' in client.get("/nianbao/").content.decode()
