"""Counts over a match set (facet counts, a word's document count) are remembered per index generation
(``IndexState``, advanced by every write to any engine): paging, re-sorting or asking again reads them
instead of counting the whole match set again, and the first write after makes them count afresh."""

import hashlib

from django.core.cache import cache

from ..models import IndexState

# How long an unused entry stays; a write to the index retires it at once (the generation is in the key).
COUNT_CACHE_SECONDS = 600


def _key(kind, match_set):
    digest = hashlib.sha256(repr(match_set).encode()).hexdigest()
    return f"catalogue_search:{kind}:{IndexState.current()}:{digest}"


def recall(kind, match_set):
    """The remembered counts of ``match_set`` (any repr-able description of it), or None."""
    return cache.get(_key(kind, match_set))


def remember(kind, match_set, counts):
    cache.set(_key(kind, match_set), counts, COUNT_CACHE_SECONDS)
    return counts


def remembered(kind, match_set, count):
    """The remembered counts, or ``count()`` remembered."""
    counts = recall(kind, match_set)
    return counts if counts is not None else remember(kind, match_set, count())
