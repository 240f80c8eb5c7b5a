"""Issue 15, item 2: a category lists its items newest first; the pager walks by keyset (older
than / newer than the neighbouring row) and reads the last page from the oldest end, so deep pages
cost what the first does; the count shown is kept per category and follows every change."""

import datetime
import re

import pytest

from disclosure_pages.models import CatalogueEntry, DisclosureItemPage
from tests.factories import CategoryPageFactory, DisclosureItemPageFactory
from tests.moderation.flow import fresh

pytestmark = pytest.mark.django_db


def titles(html):
    return re.findall(r'<td data-label="标题"><a href="[^"]*">([^<]*)</a>', html)


def link(html, label):
    found = re.search(rf'<a href="([^"]*)"(?: rel="\w+")?>{label}</a>', html)
    return found.group(1).replace("&amp;", "&") if found else None


@pytest.fixture
def listed(portal):
    category = portal.categories["planning"]
    sub = CategoryPageFactory(parent=category, slug="sub", category="planning")
    items = DisclosureItemPageFactory.create_batch(30, parent=category) + DisclosureItemPageFactory.create_batch(
        15, parent=sub)
    # Several items share a date: the id breaks the tie, so no row is skipped or repeated.
    for n, item in enumerate(items):
        day = datetime.date(2024, 1, 1 + n // 3)
        DisclosureItemPage.objects.filter(pk=item.pk).update(publication_date=day)
        CatalogueEntry.objects.filter(item_id=item.pk).update(publication_date=day)
    newest_first = [i.title for i in sorted(DisclosureItemPage.objects.filter(pk__in=[i.pk for i in items]),
                                            key=lambda i: (i.publication_date, i.pk), reverse=True)]
    return category, newest_first


def test_next_links_walk_every_item_once_and_previous_links_walk_back(listed, client):
    category, newest_first = listed
    seen, url, pages = [], category.url, []
    while url:
        html = client.get(url).content.decode()
        pages.append((url, titles(html)))
        seen += titles(html)
        url = link(html, "下一页")
    assert seen == newest_first
    assert "第 3 页，共 3 页（45 条）" in html
    for (url, shown), (_, before) in zip(reversed(pages), reversed(pages[:-1])):
        previous = link(client.get(url).content.decode(), "上一页")
        assert titles(client.get(previous).content.decode()) == before


def test_last_page_is_read_from_the_oldest_end(listed, client):
    category, newest_first = listed
    html = client.get(category.url + "?page=last").content.decode()
    assert titles(html) == newest_first[40:]
    assert link(client.get(category.url).content.decode(), "末页").endswith("?page=last")


def test_the_count_follows_withdrawal_and_moves(listed, portal, client):
    category, newest_first = listed
    item = DisclosureItemPage.objects.get(title=newest_first[0])
    fresh(item).withdraw("已被新文件替代。")
    assert "（44 条）" in client.get(category.url).content.decode()
    fresh(DisclosureItemPage.objects.get(title=newest_first[1])).move(portal.categories["other"], pos="last-child")
    assert "（43 条）" in client.get(category.url).content.decode()
    assert newest_first[1] in client.get(portal.categories["other"].url).content.decode()
