"""The request's Site and portal settings, read once per worker instead of once per request.

Wagtail's routing looks up the Site and its root page, and every page's header and footer read
``PortalSettings``: three queries on every request that is not answered from the page cache, for
rows that change a few times a year. A worker keeps both per host and port, with the generation (``page_cache.store``) they were
read at; saving or deleting any Site or site setting, and any change of a site's root page, starts a
new generation (``page_cache.purging``), so every worker of every instance reads them afresh on its
next request. Checking costs one read of the shared cache. Each request gets copies: what a request
computes on them (the root page's ``specific``, the settings' ``_request``) is never shared.
"""

import copy

from wagtail.models import Site

from disclosure_pages.models import PortalSettings

from .store import current_generation, new_generation

GENERATION_KEY = "page-cache:site-identity"
# (host, port) -> (generation, Site or None, its root page (specific) or None, PortalSettings or None);
# per process.
_held = {}


def site_changed():
    new_generation(GENERATION_KEY)


def is_site_root(page):
    return Site.objects.filter(root_page_id=page.pk).exists()


def attach(request):
    """Give ``request`` its Site and PortalSettings as Wagtail would look them up (``Site.find_for_request``,
    ``PortalSettings.for_request``), from what this worker holds when it is still current."""
    host_port = (request._get_raw_host(), request.get_port())
    generation = current_generation(GENERATION_KEY)
    held = _held.get(host_port)
    if held is None or held[0] != generation:
        site = Site._find_for_request(request)
        if site is None:
            held = (generation, None, None, None)
        else:
            held = (generation, site, site.root_page.specific, PortalSettings.for_site(site))
        _held[host_port] = held
    _, site, root_page, portal_settings = held
    if site is not None:
        site = _copy(site)
        site.root_page = _copy(root_page)  # Wagtail routes from site.root_page.localized.specific
    request._wagtail_site = site
    if portal_settings is not None:
        portal_settings = _copy(portal_settings)
        portal_settings._request = request
        setattr(request, PortalSettings.get_cache_attr_name(), portal_settings)


def _copy(instance):
    """A model instance with its own attributes and related-object cache (``copy.copy`` without the
    pickling round trip it takes for models)."""
    duplicate = instance.__class__.__new__(instance.__class__)
    duplicate.__dict__ = instance.__dict__.copy()
    duplicate._state = copy.copy(instance._state)
    duplicate._state.fields_cache = instance._state.fields_cache.copy()
    return duplicate
