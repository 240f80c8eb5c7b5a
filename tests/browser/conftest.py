"""Browser checks: Debian's headless Chromium, driven by Playwright, against pytest-django's live
server. Chromium comes from `scripts/services/browser.sh` (never a Playwright download); a check
that needs it fails when it is missing. Screenshots go to `.artefacts/screenshots/`."""

import os
import re
import shutil
from pathlib import Path

import pytest

from tests.browser.content import build_public_site
from tests.factories import PASSWORD
from tests.moderation.conftest import wagtail_base  # noqa: F401  (fixture: Wagtail's rows after a flush)

# Playwright's sync API keeps an event loop in the test thread; the ORM calls of the fixtures are
# still synchronous and sequential, so Django's async guard is lifted for this folder.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / ".artefacts" / "screenshots"
DESKTOP, PHONE, NARROW_PHONE = 1366, 390, 320


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `bash scripts/services/browser.sh` (or set CHROMIUM_PATH).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--disable-gpu"])
        yield browser
        browser.close()


@pytest.fixture
def public_site(wagtail_base, live_server, settings):  # noqa: F811
    settings.ALLOWED_HOSTS = ["*"]
    return build_public_site()


@pytest.fixture
def open_page(chromium, live_server):
    """``open_page(path, width=1366)``: a fresh browser context (own storage) at that width, showing
    ``path`` of the live server. Pages that answer an error status are still returned (410 pages are checked too)."""
    contexts = []

    def open_(path, width=DESKTOP, storage=None):
        context = chromium.new_context(viewport={"width": width, "height": 800}, locale="zh-CN")
        contexts.append(context)
        page = context.new_page()
        if storage:
            page.add_init_script(
                "".join(f"window.localStorage.setItem({k!r}, {v!r});" for k, v in storage.items())
            )
        page.goto(live_server.url + path)
        return page

    yield open_
    for context in contexts:
        context.close()


def screenshot(page, name):
    """Saves a full-page screenshot as ``.artefacts/screenshots/<name>.png`` and returns its path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / (re.sub(r"[^\w.-]+", "_", name) + ".png")
    page.screenshot(path=str(path), full_page=True)
    return path


def log_in(page, live_server, user, password=PASSWORD):
    """Logs ``user`` in through Wagtail's admin log-in form, as a person does."""
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/(?!login)"))
    return page


READING_MODES = [(size, elder) for elder in (False, True) for size in ("large", "medium", "small")]


def set_reading_mode(page, size, elder):
    """Chooses a font size and 关怀版 on or off with the page's own buttons, as a reader does."""
    page.click(f".tools .font-size[data-size={size}]")
    if page.evaluate("document.documentElement.classList.contains('elder')") != elder:
        page.click(".tools .elder-mode")


def sideways_overflow(page):
    """How many pixels the page is wider than the window (0: no sideways scrolling)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def elements_too_wide(page):
    """The innermost elements reaching past the window's right edge, to name in a failure."""
    return page.evaluate("""() => [...document.querySelectorAll('body *')]
        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
        .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 0.5))
        .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                         (e.className ? '.' + String(e.className).split(' ').join('.') : ''))""")


WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def accessibility_violations(page):
    """axe-core (shipped inside axe-playwright-python, run in the page) against WCAG 2.1 A and AA."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]})
    return [
        f"{v['id']}: {v['help']} — " + "; ".join(node["target"][0] if isinstance(node["target"][0], str) else str(node["target"]) for node in v["nodes"][:5])
        for v in results.response["violations"]
    ]
