from django.urls import path

from .feeds import LatestItemsAtomFeed, LatestItemsFeed
from .qr_codes import page_qr_code
from .site_pages import contact, site_map

app_name = "disclosure_pages"

urlpatterns = [
    path("feeds/latest/", LatestItemsFeed(), name="feed_rss"),
    path("feeds/latest/atom/", LatestItemsAtomFeed(), name="feed_atom"),
    path("qr/<int:page_id>.png", page_qr_code, name="page_qr_code"),
    path("wzdt/", site_map, name="site_map"),
    path("lxwm/", contact, name="contact"),
]
