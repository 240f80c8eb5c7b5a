"""Editors find pages by a Chinese word, typed into the admin's search box in the browser
(search.admin_backend: the public search's jieba words)."""

import pytest

from tests.browser.conftest import DESKTOP, log_in, screenshot
from tests.factories import DisclosureItemPageFactory, general_office, review_team

pytestmark = pytest.mark.browser


def test_admin_search_box_finds_chinese_words(public_site, chromium, live_server):
    team = review_team(public_site.section, "search")
    general_office()
    for slug, title in [("budget", "中卫市云计算和大数据发展局2026年部门预算"), ("procurement", "政务云平台2026年政府采购意向公开")]:
        DisclosureItemPageFactory(parent=public_site.category, publisher=public_site.section, title=title, slug=slug)
    context = chromium.new_context(viewport={"width": DESKTOP, "height": 900}, locale="zh-CN")
    page = log_in(context.new_page(), live_server, team.drafter)
    for word, found, not_found in [("部门预算", "2026年部门预算", "采购意向"), ("采购", "采购意向", "部门预算")]:
        page.goto(f"{live_server.url}/admin/pages/search/")
        page.fill("main input[name=q]", word)
        page.keyboard.press("Enter")
        page.wait_for_url("**q=*")
        page.wait_for_load_state("networkidle")
        results = page.inner_text("main")
        assert found in results and not_found not in results, word
        screenshot(page, f"admin-search-{word}")
    context.close()
