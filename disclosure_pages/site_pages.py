"""The pages every government site carries besides its content (REGULATIONS §4 site identity):
网站地图 (the portal's sections and catalogue categories, live and public only) and 联系我们 (from
the portal settings). Neither varies by visitor."""

from django.http import Http404
from django.shortcuts import render
from wagtail.models import Page, Site

from .models import DisclosureItemPage


def site_map(request):
    """网站地图: every live, public page of the portal down to the catalogue's categories; the items
    themselves are found through the catalogue and the search."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    pages = list(
        Page.objects.descendant_of(site.root_page, inclusive=True).live().public()
        .not_type(DisclosureItemPage).order_by("path")
    )
    children = {}
    for page in pages:
        children.setdefault(page.path[: -Page.steplen], []).append(page)
    root = pages[0] if pages and pages[0].pk == site.root_page_id else None

    def tree(page):
        return {"page": page, "children": [tree(child) for child in children.get(page.path, [])]}

    return render(request, "disclosure_pages/site_map.html", {"tree": tree(root) if root else None})


def contact(request):
    """联系我们: the disclosure office's address, hours, phone, fax and mail (条例 第十二条)."""
    return render(request, "disclosure_pages/contact.html")
