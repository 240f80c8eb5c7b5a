"""The request form as a citizen meets it on a phone: every required field marked, no blank choice,
the applicant block that applies, 44 px targets, an error summary linking to each field; then the
codes on the confirmation page and the status page that explains them."""

import pytest

from tests.browser.conftest import (
    NARROW_PHONE,
    PHONE,
    accessibility_violations,
    screenshot,
    set_reading_mode,
    sideways_overflow,
)
from tests.browser.content import REQUEST_CODE, REQUEST_NUMBER
from tests.disclosure_requests.factories import valid_id_number

pytestmark = pytest.mark.browser

# What the bureau asks of every applicant and request (条例 第二十九条), and of each kind of applicant.
REQUIRED = {
    "applicant-applicant_type", "applicant-name", "applicant-phone", "applicant-address",
    "applicant-id_document_type", "applicant-id_number",
    "applicant-organisation_kind", "applicant-credit_code", "applicant-legal_representative",
    "applicant-contact_person",
    "request-information_name", "request-description", "request-provision_form", "request-access_route",
}
MARKED_FIELDS = """[...document.querySelectorAll('.request-form .form-field')]
    .filter(f => f.querySelector(':scope > label .required, :scope > fieldset > legend .required'))
    .map(f => f.querySelector('input, select, textarea').name)"""


def visible_blocks(page):
    return page.eval_on_selector_all(".applicant-block", "bs => bs.filter(b => !b.hidden).map(b => b.dataset.applicantType)")


def test_form_marks_every_required_field_and_shows_the_block_that_applies(public_site, open_page):
    page = open_page("/yisqgk/apply/", width=PHONE)
    assert set(page.evaluate(MARKED_FIELDS)) == REQUIRED
    assert page.locator("input[type=radio][value='']").count() == 0
    assert page.locator("input[type=radio]:checked").count() == 0
    assert visible_blocks(page) == []
    page.get_by_label("自然人").check()
    assert visible_blocks(page) == ["natural_person"]
    page.get_by_label("法人或其他组织").check()
    assert visible_blocks(page) == ["organisation"]

    controls = page.locator(".request-form input:not([type=radio]):not([type=hidden]), .request-form select, "
                            ".request-form textarea, .request-form label.choice, .request-form button")
    for index in range(controls.count()):
        control = controls.nth(index)
        if control.is_visible():
            box = control.bounding_box()
            assert box["height"] >= 44, control.evaluate("e => e.outerHTML")
    name_box = page.locator("#id_applicant-name").bounding_box()
    assert name_box["width"] >= PHONE - 80  # full width of the phone, less the margins
    screenshot(page, "request-form-390-organisation")


def test_without_javascript_both_applicant_blocks_are_usable(public_site, chromium, live_server):
    context = chromium.new_context(java_script_enabled=False, viewport={"width": PHONE, "height": 800})
    page = context.new_page()
    page.goto(live_server.url + "/yisqgk/apply/")
    assert page.locator(".applicant-block:visible").count() == 2
    context.close()


def test_errors_are_summarised_and_shown_next_to_their_fields(public_site, open_page):
    page = open_page("/yisqgk/apply/", width=PHONE)
    page.get_by_label("自然人").check()
    page.click("text=提交申请")
    page.wait_for_selector("#form-errors")
    assert page.evaluate("document.activeElement.id") == "form-errors"
    links = page.locator("#form-errors a")
    field_errors = page.locator(".form-field .errorlist li")
    assert links.count() == field_errors.count() >= 8
    assert page.locator(".errorlist").first.evaluate("e => getComputedStyle(e).color") == "rgb(176, 0, 32)"
    first = links.first
    target = first.get_attribute("href")
    first.click()
    assert "#" + page.evaluate("document.activeElement.id") == target
    assert page.locator(f"{target.replace('_0', '')}-errors, .has-error {target}").count() >= 1
    assert accessibility_violations(page) == []
    for width in (PHONE, NARROW_PHONE):
        page.set_viewport_size({"width": width, "height": 800})
        set_reading_mode(page, "large", True)
        assert sideways_overflow(page) <= 0, width
    screenshot(page, "request-form-errors-320-large-elder")


def test_confirmation_shows_the_codes_and_status_explains_the_request(public_site, open_page, settings):
    page = open_page("/yisqgk/apply/", width=PHONE)
    page.get_by_label("自然人").check()
    page.fill("#id_applicant-name", "张三")
    page.select_option("#id_applicant-id_document_type", "resident_id")
    page.fill("#id_applicant-id_number", valid_id_number())
    page.fill("#id_applicant-phone", "13812341234")
    page.fill("#id_applicant-email", "zhangsan@example.com")
    page.fill("#id_applicant-address", "宁夏中卫市沙坡头区某路1号")
    page.fill("#id_request-information_name", "2025年政务数据共享目录")
    page.fill("#id_request-description", "请提供2025年度本局编制的政务数据共享目录全文。")
    page.get_by_label("电子邮件").first.check()
    page.locator("input[name='request-access_route'][value=email]").check()
    page.click("text=提交申请")
    page.wait_for_url("**/yisqgk/apply/done/")
    number, code = page.inner_text("#tracking-number"), page.inner_text("#query-code")
    assert number.startswith("YSQ") and len(code) >= 8
    body_size = float(page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)"))
    assert float(page.locator("#query-code").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")) >= 1.3 * body_size
    assert "已同时发送到您填写的电子邮箱" in page.inner_text("main") and "打印本页" in page.inner_text("main")
    assert accessibility_violations(page) == []
    screenshot(page, "request-submitted-390")

    page.goto(page.url.replace("/yisqgk/apply/done/", "/yisqgk/status/"))
    page.fill("#id_tracking_number", REQUEST_NUMBER)
    page.fill("#id_query_code", REQUEST_CODE)
    assert page.get_attribute("#id_query_code", "type") == "password"
    page.get_by_label("显示查询码").check()
    assert page.get_attribute("#id_query_code", "type") == "text"
    page.click("button:has-text('查询')")
    page.wait_for_selector("#state")
    assert "办理中" in page.inner_text("#state") and "正在办理" in page.inner_text("#state")
    assert page.inner_text("#received-on") == "2026-03-02"
    assert page.inner_text("#deadline").startswith("最迟 2026-")
    assert accessibility_violations(page) == []
    page.set_viewport_size({"width": NARROW_PHONE, "height": 800})
    set_reading_mode(page, "large", True)
    assert sideways_overflow(page) <= 0
    screenshot(page, "request-status-320-large-elder")
