from django.conf import settings
from django.middleware.http import ConditionalGetMiddleware as DjangoConditionalGetMiddleware
from django.utils.cache import patch_cache_control, set_response_etag
from django.utils.http import http_date

from . import site_identity
from .rules import request_may_use_cache, response_may_be_kept
from .store import cached_response, current_generation, store_response


class ConditionalGetMiddleware(DjangoConditionalGetMiddleware):
    """Answers 304 from the validators a view or the page cache set, and invents none: Django's own
    would hash every body, a 404 or a refused file included (page_files sends no validator for a file
    it does not serve)."""

    def needs_etag(self, response):
        return False


class PageCacheMiddleware:
    """Answers anonymous requests for public pages from the shared cache (``page_cache.rules``).

    Placed after ``ConditionalGetMiddleware``, which answers 304 to a matching If-None-Match or
    If-Modified-Since from the ETag and Last-Modified set here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_may_use_cache(request):
            return self.get_response(request)
        # The generation is read before the page is rendered: a page rendered while a purge
        # happens is kept under the old generation, which nobody reads any more.
        generation = current_generation()
        response = cached_response(request, generation)
        if response is not None:
            return response
        response = self.get_response(request)
        if response_may_be_kept(request, response):
            prepare_for_caching(response, generation)
            store_response(request, response, generation)
        return response


def prepare_for_caching(response, generation):
    if not response.has_header("ETag"):
        set_response_etag(response)
    # Every change of public content starts a new generation: nothing shown changed since then.
    response["Last-Modified"] = http_date(generation / 1e9)
    # Browsers revalidate every time (a conditional GET answered by 304 from the cache); a shared
    # cache in front keeps the page only when the site purges it (WAGTAILFRONTENDCACHE).
    patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        patch_cache_control(response, s_maxage=settings.PAGE_CACHE_SECONDS)


class SiteIdentityMiddleware:
    """Sets the request's Site and portal settings from what the worker holds (``page_cache.site_identity``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        site_identity.attach(request)
        return self.get_response(request)
