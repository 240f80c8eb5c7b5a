"""Suggestions while typing (``/search/suggest/?q=…``): popular queries, title words typed in pinyin,
and public titles, all from this site (no external service).

Titles come from the database engine's table, which holds public pages only; popular queries pass
``popularity.popular``'s rule. The work per request is bounded: the prefix is cut at
``MAX_PREFIX`` characters and each source is one query with a small limit.
"""

from django.db.models import Case, IntegerField, Value, When

from . import analysis
from .models import IndexedDocument
from .popularity import popular
from .vocabulary import is_pinyin_like, vocabulary

MAX_PREFIX = 20
LIMIT = 8


def suggestions(typed):
    """[{"text", "kind": "query" | "word" | "title", "url" (titles only)}], at most ``LIMIT``."""
    prefix = analysis.normalize(typed)[:MAX_PREFIX].strip()
    if not prefix:
        return []
    titles = vocabulary()
    found = [{"text": query, "kind": "query"} for query in popular(titles, limit=3, prefix=prefix)]
    if is_pinyin_like(prefix):
        found += [{"text": word, "kind": "word"} for word in titles.completions(prefix, limit=3)]
    titles = (IndexedDocument.objects.filter(search_title__contains=prefix)
              .annotate(starts=Case(When(search_title__startswith=prefix, then=Value(0)), default=Value(1),
                                    output_field=IntegerField()))
              .order_by("starts", "-publication_date", "-page_id").values_list("title", "url"))
    found += [{"text": title, "kind": "title", "url": url} for title, url in titles[: LIMIT - len(found)]]
    return found[:LIMIT]

