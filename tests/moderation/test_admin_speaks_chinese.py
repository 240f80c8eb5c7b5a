"""The admin speaks Chinese on every screen the review chain's people use (issue 13, item 11):
Wagtail 8 ships strings without a zh-hans translation ("349 Pages", "Changes requested", "Saved",
"Referenced 0 times", "By 办理状态") and some that mislead ("发布" on the view-live button, "在用"
for live). The project's catalogue (locale/, read first) fills and corrects them; the admin loads
no picture from an outside avatar service."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from tests.factories import approve_through_chain

from .conftest import login
from .flow import send_back_at_step_two

LEAKED = ["Pages", "Your pages and snippets in a workflow", "Changes requested", "Saved", "Referenced",
          "By ", "Actions", "Moderators approval"]
MISLEADING = ["在用"]
# English that is not Wagtail's to translate: product and format names, the test users' names, the test site (localhost).
NOT_WORDS = re.compile(r"Wagtail|localhost|PDF|CSV|XLSX|JavaScript|Asia/Shanghai|\b[a-z]_\w+\b|\b\w+@[\w.]+\b")


class VisibleText(HTMLParser):
    """Text a person reads or hears: element text, and the title/aria-label/placeholder/alt attributes."""

    HIDDEN = {"script", "style", "template", "svg", "textarea"}
    READ = {"title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value"}

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self, html):
        super().__init__()
        self.texts, self._open = [], []  # open elements: (tag, hidden)
        self.feed(html)

    def _hidden(self):
        return any(hidden for _tag, hidden in self._open)

    def handle_starttag(self, tag, attrs):
        if not self._hidden():
            self.texts.extend(value for name, value in attrs if name in self.READ and value)
        if tag not in self.VOID:
            self._open.append((tag, tag in self.HIDDEN or any(name == "hidden" for name, _value in attrs)))

    def handle_endtag(self, tag):
        # Close up to the matching tag (browsers close unclosed <p>, <li> … the same way).
        while self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not self._hidden() and data.strip():
            self.texts.append(data.strip())


def english_in(html):
    return sorted({text for text in VisibleText(html).texts if re.search(r"[A-Za-z]{3,}", NOT_WORDS.sub("", text))})


@pytest.fixture
def screens(client, chain):
    """A live item of section A, and a second one rejected at step 2 (with its history)."""
    live = approve_through_chain(chain.page, team=chain.a).content_object
    from tests.factories import DisclosureItemPageFactory

    rejected = DisclosureItemPageFactory(parent=chain.portal.categories["other"], publisher=chain.section_a,
                                         live=False, title="关于调整电子政务外网运维服务时间的公告")
    send_back_at_step_two(client, chain, rejected, "请补充停机时间")
    category = chain.portal.categories["other"]
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[category.pk]),
        reverse("wagtailadmin_pages:edit", args=[live.pk]),
        reverse("wagtailadmin_pages:edit", args=[rejected.pk]),
        reverse("wagtailadmin_pages:history", args=[rejected.pk]),
        reverse("wagtailadmin_pages:usage", args=[live.pk]),
        reverse("wagtailadmin_pages:search") + "?q=公告",
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_reports:workflow_tasks"),
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtaildocs:index"),
        reverse("moderation:review_record", args=[rejected.pk]),
        reverse("wagtailadmin_account"),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["drafter", "head", "reviewer", "leader"])
def test_admin_screens_show_no_english_and_no_misleading_words(client, chain, screens, role):
    login(client, getattr(chain.a, role))
    for url in screens:
        response = client.get(url)
        if response.status_code != 200:
            continue  # a screen this role may not open (its refusal is tested elsewhere)
        html = response.content.decode()
        texts = VisibleText(html).texts
        assert english_in(html) == [], url
        for word in LEAKED + MISLEADING:
            assert not any(word in text for text in texts), (url, word)


@pytest.mark.django_db
def test_the_live_page_button_says_public_not_publish(client, chain, screens):
    live = chain.page
    html = login(client, chain.a.drafter).get(reverse("wagtailadmin_pages:edit", args=[live.pk])).content.decode()
    tag = re.search(r'class="page-status-tag"\s+aria-label="([^"]*)".*?</svg>\s*(\S+)\s*</a>', html, re.S)
    assert tag.groups() == ("任何人可看。查看线上页面", "已公开")


@pytest.mark.django_db
def test_admin_loads_nothing_from_outside(client, chain, screens):
    login(client, chain.a.drafter)
    for url in screens:
        html = client.get(url).content.decode()
        assert "gravatar" not in html, url
        assert not re.search(r"""(src|srcset)=["']?(https?:)?//""", html), url
