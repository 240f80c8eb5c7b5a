"""Popular searches: how often each query was searched per day, and nothing else.

Only aggregates are stored (normalised query, Beijing date, count): no address, session, user or
time of day, so nothing identifies who searched. A query is counted when it found something; it
is shown only when it was searched often enough (``CATALOGUE_SEARCH_POPULAR_MIN_COUNT`` within
``CATALOGUE_SEARCH_POPULAR_DAYS``) and every word of it is a word of a public title, so a query
typed over and over cannot put a word of its author's choosing on the page.
"""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from . import analysis
from .models import QueryCount

MAX_LENGTH = QueryCount._meta.get_field("query").max_length
# Counts older than this are deleted (the list looks back CATALOGUE_SEARCH_POPULAR_DAYS).
KEEP_DAYS = 90


def record(query):
    """Count one search for ``query`` today."""
    query = analysis.normalize(query)
    if not query or len(query) > MAX_LENGTH:
        return
    today = timezone.localdate()
    if QueryCount.objects.filter(query=query, day=today).update(count=F("count") + 1):
        return
    if not QueryCount.objects.filter(day=today).exists():  # the first count of a day clears old ones
        QueryCount.objects.filter(day__lt=today - timedelta(days=KEEP_DAYS)).delete()
    try:
        with transaction.atomic():
            QueryCount.objects.create(query=query, day=today, count=1)
    except IntegrityError:  # counted by a parallel request in between
        QueryCount.objects.filter(query=query, day=today).update(count=F("count") + 1)


def _shown(query, titles):
    """Every word of ``query`` is a word (or a lone character) of the public titles, one at least a word."""
    words = analysis.query_words(query)
    return all(map(titles.uses, words)) and any(map(titles.knows, words))


def popular(titles, limit=10, prefix=""):
    """The most searched queries of the last days (starting with ``prefix``), most searched first;
    ``titles`` is the ``vocabulary.vocabulary()`` their words must be in."""
    since = timezone.localdate() - timedelta(days=settings.CATALOGUE_SEARCH_POPULAR_DAYS)
    rows = (QueryCount.objects.filter(day__gt=since, query__startswith=analysis.normalize(prefix))
            .values("query").annotate(total=Sum("count"))
            .filter(total__gte=settings.CATALOGUE_SEARCH_POPULAR_MIN_COUNT).order_by("-total", "query"))
    shown = []
    for row in rows[: limit * 5]:
        if _shown(row["query"], titles):
            shown.append(row["query"])
            if len(shown) == limit:
                break
    return shown
