"""Production responses: HTTPS only (redirect, HSTS, secure cookies), Referrer-Policy, nosniff, and a
Content-Security-Policy allowing scripts from our own files only; every public page type passes
it (no inline script, no on*= handler, no javascript: link)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.factories import ContentPageFactory, DisclosureItemPageFactory

from . import production_settings

pytestmark = pytest.mark.django_db
HTTPS = {"HTTP_X_FORWARDED_PROTO": "https"}  # as the reverse proxy sends it
JAVASCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}


@pytest.fixture
def production(settings, monkeypatch):
    for name, value in production_settings.load(monkeypatch).items():
        setattr(settings, name, value)
    return settings


@pytest.fixture
def public_urls(portal):
    category = portal.categories["regulations"]
    item = DisclosureItemPageFactory(parent=category, title="关于公布政务数据共享目录的通知",
                                     creation_date=datetime.date(2025, 3, 1))
    guide = ContentPageFactory(parent=portal.home, title="信息公开指南", slug="zhinan")
    return {
        "home": portal.home.url, "catalogue": portal.catalogue.url, "category": category.url, "item": item.url,
        "content page": guide.url, "search": reverse("catalogue_search:search") + "?q=数据",
        "request form": reverse("disclosure_requests:apply"), "status page": reverse("disclosure_requests:status"),
    }


def inline_script_problems(html):
    soup = BeautifulSoup(html, "html.parser")
    problems = [f"inline <script>: {s.get_text()[:60]!r}" for s in soup.find_all("script")
                if not s.get("src") and s.get("type", "").strip().lower() in JAVASCRIPT_TYPES]
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            if name.lower().startswith("on"):
                problems.append(f"<{element.name} {name}=…>")
            if name.lower() in {"href", "src", "action", "formaction"} and str(value).strip().lower().startswith("javascript:"):
                problems.append(f"<{element.name} {name}={value!r}>")
    return problems


def test_every_public_page_type_carries_the_policy_and_passes_it(client, production, public_urls):
    for page_type, url in public_urls.items():
        response = client.get(url, **HTTPS)
        assert response.status_code == 200, (page_type, url, response.status_code)
        policy = response["Content-Security-Policy"]
        directives = {d.split()[0]: d.split()[1:] for d in policy.split(";") if d.strip()}
        assert directives["script-src"] == ["'self'"], page_type
        assert directives["object-src"] == ["'none'"] and directives["default-src"] == ["'self'"]
        assert "'unsafe-inline'" not in directives["script-src"] and "'unsafe-eval'" not in policy
        assert inline_script_problems(response.content.decode()) == [], page_type
        assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
        assert response["Referrer-Policy"] == "same-origin"
        assert response["X-Content-Type-Options"] == "nosniff"


def test_plain_http_is_redirected_to_https(client, production, public_urls):
    response = client.get(public_urls["home"])
    assert response.status_code == 301 and response.url.startswith("https://")


def test_cookies_are_secure(client, production, public_urls):
    response = client.get(public_urls["request form"], **HTTPS)
    assert response.cookies["csrftoken"]["secure"]


def test_the_checker_finds_inline_script():
    assert inline_script_problems('<p onclick="x()">a</p><script>alert(1)</script><a href="javascript:x()">b</a>')
    assert inline_script_problems('<script src="/static/js/portal.js"></script><script type="application/json">{}</script>') == []
