"""The cache leak test (issue 15, item 3): with every page that shows an item warm in the cache,
each path that changes what the public may see (withdrawal, take-down by the leader's decision,
view restriction, validity change, move, settings and section changes) leaves no cached page
showing the old state: what the cache answers is what a fresh render shows."""

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction, Site

from disclosure_pages.models import DisclosureDecision, PortalSettings, Validity
from tests.factories import DisclosureItemPageFactory, InterpretationPageFactory, approve_through_chain
from tests.moderation.flow import fresh

pytestmark = pytest.mark.django_db

TITLE = "缓存泄露检查条目"


@pytest.fixture
def shown(chain, committed):
    """A live item of section A with its interpretation, and every address that shows it, warm."""
    PortalSettings.for_site(Site.objects.get(is_default_site=True))
    category = chain.portal.categories["regulations"]
    item = DisclosureItemPageFactory(parent=category, publisher=chain.section_a, title=TITLE, slug="leak-check")
    interpretation = InterpretationPageFactory(parent=category, publisher=chain.section_a, interpreted_document=item)
    urls = [item.url, category.url, chain.portal.catalogue.url, chain.portal.home.url, interpretation.url,
            "/feeds/latest/", "/feeds/latest/atom/", "/sitemap.xml"]
    return item, urls


def warm(client, urls, django_assert_num_queries):
    for url in urls:
        client.get(url)
    with django_assert_num_queries(0):  # the cache really answers: the test is not vacuous
        return {url: client.get(url) for url in urls}


def assert_cache_shows_what_a_render_shows(client, urls):
    served = {url: client.get(url) for url in urls}
    cache.clear()
    for url in urls:
        rendered = client.get(url)
        assert (served[url].status_code, served[url].content) == (rendered.status_code, rendered.content), url
    return served


def withdraw(item, chain):
    fresh(item).withdraw("已被新文件替代。")


def take_down_withheld(item, chain):
    approve_through_chain(fresh(item), chain.a, decision=DisclosureDecision.WITHHELD, grounds=["internal_information"])


def take_down_on_request(item, chain):
    approve_through_chain(fresh(item), chain.a, decision=DisclosureDecision.ON_REQUEST, grounds=["internal_information"])


def restrict(item, chain):
    PageViewRestriction.objects.create(page=item, restriction_type=PageViewRestriction.LOGIN)


def expire(item, chain):
    page = fresh(item)
    page.validity, page.validity_explanation = Validity.EXPIRED, "已被新文件替代。"
    page.save_revision(user=chain.a.drafter)
    approve_through_chain(page, chain.a)


def move(item, chain):
    fresh(item).move(chain.portal.categories["other"], pos="last-child")


def change_settings(item, chain):
    settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.organisation_name = "更名后的主办单位"
    settings.save()


def rename_section(item, chain):
    chain.section_a.name = "更名后的数据资源科"
    chain.section_a.save()


GONE = [withdraw, take_down_withheld, take_down_on_request, restrict, move]
CHANGED = [expire, change_settings, rename_section]


@pytest.mark.parametrize("change", GONE + CHANGED, ids=lambda f: f.__name__)
def test_no_cached_page_outlives_a_change(change, chain, shown, client, committed, django_assert_num_queries):
    item, urls = shown
    before = warm(client, urls, django_assert_num_queries)
    assert TITLE in before[item.url].content.decode()
    with committed():
        change(item, chain)
    after = assert_cache_shows_what_a_render_shows(client, urls)
    assert any(after[url].content != before[url].content for url in urls)
    if change in (take_down_withheld, take_down_on_request, restrict):
        # 不予公开 / 依申请公开 / restricted: no public trace anywhere.
        assert not any(TITLE in response.content.decode() for response in after.values())
    if change is withdraw:
        assert after[item.url].status_code == 410
