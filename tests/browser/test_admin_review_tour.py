"""The README's review tour, clicked through in the browser at 1366 px (保密审查 第六条): the drafter
sends the item with the editor's main button 提交审核（送审） and gives the initial opinion on 审查记录;
the section head, the office's reviewer and the leader each find it in 待我审查 and click 同意 /
审批同意 on 审查记录; the leader is told it is now public. Screenshots of every step are kept."""

import re

import pytest

from moderation.action_menu import SUBMIT_LABEL
from moderation.workflow import setup_review_workflow
from tests.browser.conftest import DESKTOP, log_in, screenshot
from tests.factories import DisclosureItemPageFactory, review_team
from tests.moderation.flow import fresh

pytestmark = pytest.mark.browser

TITLE = "关于调整电子政务外网运维服务时间的公告"


def give_opinion(page, comment, name):
    page.fill("#opinion textarea[name=comment]", comment)
    screenshot(page, name)
    page.click("#opinion button[type=submit]")
    page.wait_for_load_state()


def test_review_tour_through_the_admin(public_site, chromium, live_server):
    setup_review_workflow(public_site.portal.home)
    team = review_team(public_site.section, "tour")
    item = DisclosureItemPageFactory(parent=public_site.category, publisher=public_site.section, live=False,
                                     title=TITLE)

    context = chromium.new_context(viewport={"width": DESKTOP, "height": 900}, locale="zh-CN")
    page = log_in(context.new_page(), live_server, team.drafter)
    page.goto(f"{live_server.url}/admin/pages/{item.pk}/edit/")
    submit = page.locator("footer button[name=action-submit]").first
    assert submit.is_visible() and submit.inner_text().strip() == SUBMIT_LABEL  # not inside the dropdown
    screenshot(page, "admin-tour-1-drafter-editor")
    submit.click()
    page.wait_for_url(re.compile(rf"/admin/moderation/pages/{item.pk}/review/"))
    give_opinion(page, "建议主动公开", "admin-tour-1-drafter-opinion")
    context.close()

    for number, person, label in [(2, team.head, "同意"), (3, team.reviewer, "同意"), (4, team.leader, "审批同意")]:
        context = chromium.new_context(viewport={"width": DESKTOP, "height": 900}, locale="zh-CN")
        page = log_in(context.new_page(), live_server, person)
        panel = page.locator("section[aria-labelledby=moderation-waiting-heading]")
        assert TITLE in panel.inner_text()
        screenshot(page, f"admin-tour-{number}-{person.username}-dashboard")
        panel.get_by_role("link", name="审查记录").first.click()
        page.wait_for_url(re.compile(r"/review/"))
        assert page.locator("#opinion button[type=submit]").inner_text().strip() == label
        assert "送审内容" in page.inner_text("main") and TITLE in page.inner_text("main")
        give_opinion(page, "同意", f"admin-tour-{number}-{person.username}-opinion")
        if person == team.leader:
            message = page.locator(".messages").inner_text()
            assert "现已公开" in message and "查看线上页面" in message
            screenshot(page, "admin-tour-4-public")
        context.close()
    assert fresh(item).live
