"""No public page scrolls sideways on a phone (320 and 390 px) at any font size, with 关怀版 on or
off; each page type is photographed at 1366 px and 390 px."""

import pytest

from tests.browser.conftest import (
    DESKTOP,
    NARROW_PHONE,
    PHONE,
    READING_MODES,
    elements_too_wide,
    screenshot,
    set_reading_mode,
    sideways_overflow,
)
from tests.browser.content import public_pages

pytestmark = pytest.mark.browser


def test_no_public_page_scrolls_sideways_on_a_phone(public_site, open_page):
    too_wide = []
    for name, path in public_pages(public_site):
        page = open_page(path, width=PHONE)
        screenshot(page, f"{name}-{PHONE}")
        for width in (PHONE, NARROW_PHONE):
            page.set_viewport_size({"width": width, "height": 800})
            for size, elder in READING_MODES:
                set_reading_mode(page, size, elder)
                overflow = sideways_overflow(page)
                if overflow > 0:
                    too_wide.append(f"{name} at {width}px, {size}{' 关怀版' if elder else ''}: {overflow}px too wide "
                                    f"({', '.join(elements_too_wide(page))})")
                    screenshot(page, f"too-wide-{name}-{width}-{size}{'-elder' if elder else ''}")
        page.context.close()
        screenshot(open_page(path, width=DESKTOP), f"{name}-{DESKTOP}")
    assert too_wide == [], "\n".join(too_wide)


def test_reading_mode_is_remembered_across_pages(public_site, open_page):
    page = open_page(public_site.item.url, width=PHONE)
    set_reading_mode(page, "large", True)
    page.goto(page.url.replace(public_site.item.url, "/lxwm/"))
    assert set(page.evaluate("document.documentElement.className").split()) == {"font-large", "elder"}
    assert page.get_attribute(".tools .elder-mode", "aria-pressed") == "true"
    assert page.get_attribute(".tools .font-size[data-size=large]", "aria-pressed") == "true"
    screenshot(page, "contact-390-large-elder")


def test_reading_aids_work_from_the_keyboard(public_site, open_page):
    page = open_page(public_site.item.url, width=PHONE)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "跳转到主要内容区域"
    focused = []
    for _ in range(8):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.textContent.trim()"))
        if focused[-1] == "关怀版":
            break
    assert focused[-4:] == ["大", "中", "小", "关怀版"]
    page.keyboard.press("Enter")
    assert "elder" in page.evaluate("document.documentElement.className")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
