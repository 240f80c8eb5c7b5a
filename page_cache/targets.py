"""The public addresses that show a page, for purging a front-end cache (proxy or CDN)."""

from django.urls import reverse
from wagtail.models import Page

from disclosure_pages.models import DisclosureItemPage, InterpretationPage

SITE_WIDE = ("disclosure_pages:feed_rss", "disclosure_pages:feed_atom", "sitemap")


def addresses_showing(page):
    """The page, its category chain up to the catalogue and home, the interpretations that link to
    an item (or the document an interpretation explains), feeds and sitemap."""
    page = page.specific_deferred if type(page) is Page else page
    pages = [page, *page.get_ancestors().filter(depth__gt=1)]
    if isinstance(page, DisclosureItemPage):
        pages += InterpretationPage.objects.filter(interpreted_document_id=page.pk).live()
    if isinstance(page, InterpretationPage) and page.interpreted_document_id:
        pages += DisclosureItemPage.objects.filter(pk=page.interpreted_document_id).live()
    urls = [url for url in (p.get_full_url() for p in pages) if url]
    return urls + _site_wide(page)


def every_public_address():
    """After a change every page shows (portal settings, a section's name): every live page."""
    pages = Page.objects.live().filter(depth__gt=1)
    urls = [url for url in (p.get_full_url() for p in pages.iterator()) if url]
    return urls + _site_wide(pages.first())


def _site_wide(page):
    site = page.get_site() if page is not None else None
    if site is None:
        return []
    return [site.root_url + reverse(name) for name in SITE_WIDE]
