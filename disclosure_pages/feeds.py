from django.contrib.syndication.views import Feed
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
        return item.first_published_at

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


