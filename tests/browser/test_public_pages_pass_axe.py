"""Every public page type passes axe-core's WCAG 2.1 A and AA checks, in the default view on a
desktop and in 关怀版 on a phone."""

import pytest

from tests.browser.conftest import DESKTOP, PHONE, accessibility_violations, set_reading_mode
from tests.browser.content import public_pages

pytestmark = pytest.mark.browser


def test_public_pages_have_no_wcag_21_aa_violations(public_site, open_page):
    found = {}
    for name, path in public_pages(public_site):
        page = open_page(path, width=DESKTOP)
        if violations := accessibility_violations(page):
            found[f"{name} (1366px)"] = violations
        page.set_viewport_size({"width": PHONE, "height": 800})
        set_reading_mode(page, "large", True)
        if violations := accessibility_violations(page):
            found[f"{name} (390px 关怀版)"] = violations
        page.context.close()
    assert found == {}


def test_the_checker_reports_what_it_should(chromium):
    """The check is real: a picture without a text alternative and a nameless field are reported."""
    context = chromium.new_context()
    page = context.new_page()
    page.set_content('<html lang="zh-Hans"><head><title>t</title></head><body><main><img src="x.png">'
                     '<input type="text"></main></body></html>')
    found = " ".join(accessibility_violations(page))
    context.close()
    assert "image-alt" in found and "label" in found
