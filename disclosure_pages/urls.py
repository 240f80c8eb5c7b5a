from django.urls import path

from .feeds import LatestItemsAtomFeed, LatestItemsFeed
from .interpretation_column import interpretation_column

app_name = "disclosure_pages"

urlpatterns = [
    path("feeds/latest/", LatestItemsFeed(), name="feed_rss"),
    path("feeds/latest/atom/", LatestItemsAtomFeed(), name="feed_atom"),
    path("zhengcejiedu/", interpretation_column, name="interpretations"),
]
