"""Item 3 of issue 15: a public page is rendered once and then answered from the shared cache,
with ETag, Last-Modified and Cache-Control, and 304 to a conditional GET."""

import pytest
from wagtail.models import Site

from disclosure_pages.models import PortalSettings
from tests.factories import ContentPageFactory, DisclosureItemPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(portal):
    PortalSettings.for_site(Site.objects.get(is_default_site=True))  # made on first use: a change, a purge
    return DisclosureItemPageFactory(parent=portal.categories["regulations"], title="缓存测试条目")


def public_addresses(portal, item):
    guide = ContentPageFactory(parent=portal.home, title="信息公开指南", slug="zhinan")
    return [portal.home.url, portal.catalogue.url, portal.categories["regulations"].url, item.url, guide.url,
            portal.categories["regulations"].url + "?page=1", "/feeds/latest/", "/feeds/latest/atom/",
            "/sitemap.xml"]


def test_every_public_page_is_answered_from_the_cache_without_a_query(portal, item, client,
                                                                      django_assert_num_queries):
    for url in public_addresses(portal, item):
        first = client.get(url)
        assert first.status_code == 200, url
        with django_assert_num_queries(0):
            again = client.get(url)
        assert again.status_code == 200 and again.content == first.content, url


def test_cached_pages_carry_validators_and_answer_conditional_gets(item, client):
    response = client.get(item.url)
    assert response["ETag"] and response["Last-Modified"]
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=0", "must-revalidate"}
    assert client.get(item.url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    assert client.get(item.url, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"]).status_code == 304
    assert client.get(item.url, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_head_is_answered_from_the_cache(item, client, django_assert_num_queries):
    client.get(item.url)
    with django_assert_num_queries(0):
        response = client.head(item.url)
    assert response.status_code == 200 and response.content == b""


def test_search_and_unknown_query_strings_are_never_cached(portal, item, client, django_assert_max_num_queries):
    for url in ["/search/?q=缓存", "/search/", item.url + "?utm_source=x", item.url + "?page=1&page=2"]:
        client.get(url)
        with django_assert_max_num_queries(100) as rendered:
            response = client.get(url)
        assert len(rendered) > 0 and "Last-Modified" not in response and "public" not in response.get("Cache-Control", ""), url


def test_a_missing_page_is_not_cached(portal, client, django_assert_max_num_queries):
    client.get("/mulu/no-such-page/")
    with django_assert_max_num_queries(100) as rendered:
        assert client.get("/mulu/no-such-page/").status_code == 404
    assert len(rendered) > 0
