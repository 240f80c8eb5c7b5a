"""Dates in Beijing time: an item published between 16:00 and 24:00 UTC is published on the next
day in Beijing; its 发布日期, the catalogue and the feeds say so."""

import datetime
import re

import pytest

from disclosure_pages.models import DisclosureItemPage
from tests.conftest import UTC_DATE_LAGS_BEIJING
from tests.factories import DisclosureItemPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def late_item(portal, time_machine):
    time_machine.move_to(UTC_DATE_LAGS_BEIJING)
    return DisclosureItemPageFactory(parent=portal.categories["other"], title="关于数据开放的通知")


def test_the_publication_date_is_the_beijing_day(late_item, client):
    assert late_item.publication_date == datetime.date(2026, 3, 2)
    assert "<dt>发布日期</dt><dd>2026-03-02</dd>" in client.get(late_item.url).content.decode()
    assert "2026-03-02" in client.get(late_item.get_parent().url).content.decode()


def test_feeds_date_items_in_beijing_time(late_item, client):
    rss = client.get("/feeds/latest/").content.decode()
    assert re.search(r"<pubDate>Mon, 02 Mar 2026 01:30:\d\d \+0800</pubDate>", rss)
    atom = client.get("/feeds/latest/atom/").content.decode()
    assert re.search(r"<updated>2026-03-02T01:30:[\d.]+\+08:00</updated>", atom)


def test_feeds_give_an_imported_item_its_own_publication_date(late_item, client):
    DisclosureItemPage.objects.filter(pk=late_item.pk).update(publication_date=datetime.date(2019, 12, 5))
    rss = client.get("/feeds/latest/").content.decode()
    assert "<pubDate>Thu, 05 Dec 2019 00:00:00 +0800</pubDate>" in rss
