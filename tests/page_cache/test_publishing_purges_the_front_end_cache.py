"""With a proxy or CDN configured (WAGTAILFRONTENDCACHE), a change purges there every address that
shows the item: its page, its category chain, the catalogue, home, its interpretation, feeds, sitemap."""

import pytest
from django.test import override_settings
from wagtail.contrib.frontend_cache.backends import BaseBackend

from tests.factories import DisclosureItemPageFactory, InterpretationPageFactory
from tests.moderation.flow import fresh

pytestmark = pytest.mark.django_db

PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


@override_settings(WAGTAILFRONTENDCACHE={"proxy": {"BACKEND": f"{__name__}.RecordingBackend"}})
def test_withdrawal_purges_every_address_showing_the_item(portal, committed):
    category = portal.categories["regulations"]
    item = DisclosureItemPageFactory(parent=category, slug="purged")
    interpretation = InterpretationPageFactory(parent=category, slug="its-interpretation", interpreted_document=item)
    PURGED.clear()
    with committed():
        fresh(item).withdraw("已被新文件替代。")
    base = "http://localhost"
    for path in [item.url, category.url, portal.catalogue.url, portal.home.url, interpretation.url,
                 "/feeds/latest/", "/feeds/latest/atom/", "/sitemap.xml"]:
        assert base + path in PURGED, path
