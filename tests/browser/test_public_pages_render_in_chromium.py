"""Every public page type opens in the real browser at desktop and phone width, with a screenshot."""

import pytest

from tests.browser.conftest import DESKTOP, PHONE, screenshot

pytestmark = pytest.mark.browser


def test_item_page_opens_at_both_widths(public_site, open_page):
    for width in (DESKTOP, PHONE):
        page = open_page(public_site.item.url, width=width)
        assert page.locator("h1").inner_text() == public_site.item.title
        assert screenshot(page, f"item-{width}").exists()
