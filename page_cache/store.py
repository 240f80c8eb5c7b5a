"""The anonymous page cache's entries, in Django's cache framework (``CACHES[PAGE_CACHE_ALIAS]``).

Every key carries the cache's *generation*, a number kept in the same shared cache: purging
starts a new generation, so every worker and every instance stops reading the old entries at
once, without knowing their keys. A generation is a nanosecond timestamp and only ever grows,
so a generation lost to eviction never brings older entries back.

Production needs a cache shared by all workers and instances (Redis/Valkey, or the database
cache); the per-process LocMem default would purge only the worker that published.
"""

import time

from django.conf import settings
from django.core.cache import caches
from django.utils.cache import get_cache_key, learn_cache_key

GENERATION_KEY = "page-cache:generation"


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def current_generation(key=GENERATION_KEY):
    """The generation kept under ``key`` (the page cache's by default), started if there is none."""
    cache = page_cache()
    generation = cache.get(key)
    if generation is None:
        cache.add(key, time.time_ns(), timeout=None)
        generation = cache.get(key)
    return generation


def new_generation(key=GENERATION_KEY):
    """Purge every cached page (or what ``key`` versions): later requests read and write under a
    new generation."""
    cache = page_cache()
    generation = max(time.time_ns(), (cache.get(key) or 0) + 1)
    cache.set(key, generation, timeout=None)
    return generation


def _prefix(generation):
    return f"page-cache:{generation}"


def cached_response(request, generation):
    """The response stored for this request in ``generation`` (keys follow the response's Vary
    headers, as Django's own cache middleware does), or None."""
    key = get_cache_key(request, _prefix(generation), "GET", cache=page_cache())
    return page_cache().get(key) if key else None


def store_response(request, response, generation):
    cache = page_cache()
    timeout = settings.PAGE_CACHE_SECONDS
    key = learn_cache_key(request, response, timeout, _prefix(generation), cache=cache)
    cache.set(key, response, timeout)
