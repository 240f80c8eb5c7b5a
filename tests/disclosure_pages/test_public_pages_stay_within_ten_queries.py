"""Issue 15, item 1: every public page type renders in at most ten queries, whatever the size of the
catalogue, the depth of the page or the page number. Each request is an uncached render (a new
page-cache generation first); the cached answer costs none (tests/page_cache)."""

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from disclosure_pages.models import ItemAttachment, ItemChannel, PortalSettings, TopicCategory
from moderation.publishing import publish_migrated
from page_cache.store import new_generation
from tests.factories import (
    CategoryPageFactory,
    ContentPageFactory,
    DisclosureItemPageFactory,
    InterpretationPageFactory,
)
from tests.public_opinion.factories import ResponseIndexPageFactory, ResponsePageFactory

pytestmark = pytest.mark.django_db

BUDGET = 10


def rendered_queries(client, url):
    new_generation()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries.captured_queries)


def full_item(parent, **kwargs):
    """An item with everything its page shows: topic, keywords, attachments, other channels, an interpretation."""
    topic = TopicCategory.objects.create(name="政务公开", parent=TopicCategory.objects.create(name="综合政务"))
    item = DisclosureItemPageFactory(parent=parent, topic=topic, is_normative=True, **kwargs)
    item.keywords.add("数据", "共享")
    for n in range(3):
        document = wagtail_factories.DocumentFactory(title=f"附件{n}")
        ItemAttachment.objects.create(page=item, document=document, title=f"附件{n}")
        ItemChannel.objects.create(page=item, channel="new_media", published_on=item.creation_date, note=f"公众号{n}")
    publish_migrated(item, source="测试数据")  # the attachments and keywords as published
    InterpretationPageFactory(parent=parent, interpreted_document=item)
    return item


@pytest.fixture
def site_ready(portal, client):
    PortalSettings.for_site(Site.objects.get(is_default_site=True))
    client.get("/")  # Wagtail's site root paths, read once and cached
    return portal


def test_every_public_page_type_within_budget(site_ready, client):
    portal = site_ready
    deep = CategoryPageFactory(parent=CategoryPageFactory(parent=portal.categories["finance"], slug="sub"), slug="subsub")
    item = full_item(deep)
    interpretation = item.interpretations.get()
    guide = ContentPageFactory(parent=portal.home, slug="zhinan")
    chapter = ContentPageFactory(parent=guide, slug="chapter")
    responses = ResponseIndexPageFactory(parent=portal.home)
    for n in range(3):
        response = ResponsePageFactory(parent=responses, publisher=item.publisher, corrected_item=item)
    for url in [portal.home.url, portal.catalogue.url, portal.categories["finance"].url, deep.url, item.url,
                interpretation.url, guide.url, chapter.url, responses.url, response.url,
                "/zhengcejiedu/", "/zhengcejiedu/?form=qa", "/wzdt/", "/lxwm/"]:
        assert rendered_queries(client, url) <= BUDGET, url
    few = rendered_queries(client, responses.url)
    ResponsePageFactory.create_batch(5, parent=responses, publisher=item.publisher, corrected_item=item)
    assert rendered_queries(client, responses.url) == few  # not one query per response


def test_counts_do_not_grow_with_the_catalogue_or_the_page_number(site_ready, client):
    category = site_ready.categories["planning"]
    DisclosureItemPageFactory.create_batch(5, parent=category)
    few = rendered_queries(client, category.url)
    DisclosureItemPageFactory.create_batch(45, parent=category)
    item = full_item(category)
    assert rendered_queries(client, category.url) == few <= BUDGET
    assert rendered_queries(client, category.url + "?page=last") == few
    html = client.get(category.url).content.decode()
    deeper = html.split('rel="next"')[0].rsplit('href="', 1)[1].split('"')[0].replace("&amp;", "&")
    assert rendered_queries(client, deeper) == few
    assert rendered_queries(client, item.url) <= BUDGET
