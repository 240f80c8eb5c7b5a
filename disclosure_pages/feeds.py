import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from .models import catalogue_entries

FEED_SIZE = 30


class LatestItemsFeed(Feed):
    title = "政府信息公开 · 最新公开信息"
    description = "信息公开目录中最新发布的政府信息"

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return None

    def link(self):
        return "/"

    def items(self):
        return catalogue_entries()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return f"索引号：{item.index_number}　文号：{item.document_number or '无'}　{item.summary}"

    def item_link(self, item):
        return item.get_url(request=self.request)

    def item_pubdate(self, item):
        # The 发布日期 the item page shows, in Beijing time: the moment of publication when it fell
        # on that day, else the start of that day (an imported item keeps the old site's date).
        if item.first_published_at and timezone.localdate(item.first_published_at) == item.publication_date:
            return timezone.localtime(item.first_published_at)
        if item.publication_date:
            return datetime.datetime.combine(item.publication_date, datetime.time(), timezone.get_default_timezone())
        return None

    def item_author_name(self, item):
        return item.publisher.name

    def item_guid(self, item):
        return item.index_number

    item_guid_is_permalink = False

    def item_categories(self, item):
        return [item.get_validity_display()]


class LatestItemsAtomFeed(LatestItemsFeed):
    feed_type = Atom1Feed
    subtitle = LatestItemsFeed.description


