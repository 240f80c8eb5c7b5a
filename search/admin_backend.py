"""Wagtail's own search (admin page search, page and document choosers, document library) in Chinese.

Wagtail's database backend hands whole strings to SQLite FTS5 or PostgreSQL's ``to_tsvector``; both
take a run of Chinese characters for one word, so 部门预算 found only a title that was exactly that.
This backend is the database backend of the current database with the public search's analysis
(``search.analysis``, jieba) on both sides: indexed text is cut into jieba's search-mode words and
a query into jieba's words, all of which a match must contain.

Settings: ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.admin_backend"}}``; after
switching, ``manage.py update_index`` re-indexes existing content.
"""

import copy
from functools import cache

from django.utils.encoding import force_str
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.query import And, Boost, Not, Or, Phrase, PlainText

from search.analysis import query_words, segment


def _segmented_value(value):
    if value is None:
        return ""
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        return " ".join(_segmented_value(item) for item in value)
    return segment(force_str(value))


def _segmented_field(field):
    """A copy of a search field whose value comes out as jieba words (related fields: each sub-field)."""
    field = copy.copy(field)
    get_value = field.get_value
    if isinstance(field, RelatedFields):
        field.fields = [_segmented_field(sub_field) for sub_field in field.fields]
        field.get_value = lambda obj: get_value(_unwrapped(obj))
    elif isinstance(field, SearchField | AutocompleteField):
        field.get_value = lambda obj: _segmented_value(get_value(_unwrapped(obj)))
    return field


class _SegmentedObject:
    """An object as the index sees it: its own attributes, its search fields segmented."""

    def __init__(self, obj):
        self._obj = obj

    def __getattr__(self, name):
        return getattr(self._obj, name)

    def get_search_fields(self):
        return [_segmented_field(field) for field in self._obj.get_search_fields()]


def _unwrapped(obj):
    return obj._obj if isinstance(obj, _SegmentedObject) else obj


class _SegmentingIndex:
    def add_items(self, model, objs):
        return super().add_items(model, [_SegmentedObject(obj) for obj in objs])


def _words(text):
    return " ".join(query_words(text)) or text


def segmented_query(query):
    """The query as the index holds text: jieba's words, space separated. The admin's page search
    parses the query first (PlainText, or Phrase when quoted): their text is cut the same way, and
    a phrase asks for all its words (the index holds jieba's overlapping search-mode words, so
    adjacency means nothing there)."""
    if isinstance(query, str):
        return _words(query)
    if isinstance(query, PlainText):
        return PlainText(_words(query.query_string), operator=query.operator, boost=query.boost)
    if isinstance(query, Phrase):
        return PlainText(_words(query.query_string), operator="and")
    if isinstance(query, And | Or):
        return type(query)([segmented_query(subquery) for subquery in query.subqueries])
    if isinstance(query, Boost):
        return Boost(segmented_query(query.subquery), query.boost)
    if isinstance(query, Not):
        return Not(segmented_query(query.subquery))
    return query


class _SegmentingBackend:
    # The database query compilers join the words with AND: 部门预算 is 部门 and 预算, not either.
    def search(self, query, model_or_queryset, *args, **kwargs):
        return super().search(segmented_query(query), model_or_queryset, *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        return super().autocomplete(segmented_query(query), model_or_queryset, *args, **kwargs)


@cache
def _chinese_backend_class(backend_class):
    attributes = {}
    index_class = getattr(backend_class, "index_class", None)
    if index_class is not None:
        attributes["index_class"] = type(f"Chinese{index_class.__name__}", (_SegmentingIndex, index_class), {})
    return type(f"Chinese{backend_class.__name__}", (_SegmentingBackend, backend_class), attributes)


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """The database backend Wagtail would choose for this database, with Chinese words."""
    return _chinese_backend_class(type(database_backend(params)))(params)
