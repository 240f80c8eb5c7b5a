"""The review tour of the README in the browser: each of the four people of 保密审查 第六条 logs in
through the admin's log-in form and finds the item waiting for them in 待我审查 (screenshots kept)."""

import pytest

from moderation.workflow import setup_review_workflow
from tests.browser.conftest import DESKTOP, log_in, screenshot
from tests.factories import DisclosureItemPageFactory, review_team
from tests.moderation.flow import fresh

pytestmark = pytest.mark.browser


def test_each_step_finds_the_item_waiting_for_it(public_site, chromium, live_server):
    setup_review_workflow(public_site.portal.home)
    team = review_team(public_site.section, "tour")
    item = DisclosureItemPageFactory(parent=public_site.category, publisher=public_site.section, live=False,
                                     title="关于2026年政务数据共享目录的说明")
    item.save_revision(user=team.drafter)
    item.get_workflow().start(item, team.drafter)
    for number, person in enumerate(team.steps, start=1):
        context = chromium.new_context(viewport={"width": DESKTOP, "height": 900}, locale="zh-CN")
        page = log_in(context.new_page(), live_server, person)
        assert "待我审查" in page.inner_text("main")
        assert item.title in page.inner_text("main")
        screenshot(page, f"review-tour-{number}-{person.username}")
        context.close()
        page_ = fresh(item)
        page_.current_workflow_task.on_action(page_.current_workflow_task_state, person, "approve",
                                              decision="proactive", grounds=[], comment="同意")
    assert fresh(item).live
