"""The query API shared by both engines: parameters in, ``SearchResults`` out.

``search(params)`` asks Elasticsearch when it is configured and answering, and the database engine
otherwise (logging why). Engines return raw documents and facet counts; the result shape
(``engines.base``), labels and highlighted snippets are made here, the same for both.
"""

import logging
import re
from dataclasses import dataclass, field
from datetime import date

from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import analysis
from .documents import CATEGORY_LABELS, KIND_LABELS, VALIDITY_LABELS
from .engines import database_engine, elasticsearch_engine
from .engines.base import FACETS, MAX_RESULT_WINDOW, PAGE_SIZE, EngineUnavailable, FacetValue, Hit, SearchResults

__all__ = ["FACETS", "EngineUnavailable", "SearchParams", "SearchResults", "build_results", "search"]

logger = logging.getLogger(__name__)

FACET_LABELS = {"category": "信息分类", "year": "年份", "publisher": "来源", "validity": "有效性"}
# Advanced search's 主题分类: one topic id (a filter, not a facet: the page offers every topic).
TOPIC, TOPIC_LABEL = "topic", "主题分类"
# At most this many values of one facet are applied (a link may repeat a parameter many times).
MAX_FACET_VALUES = 20
# Numeric facet values go into integer columns (PostgreSQL integer, SQLite INTEGER, Elasticsearch
# integer): ASCII digits only (str.isdigit() also accepts ² and ①) and within these bounds.
NUMERIC_FACETS = {"year": (1, 9999), "publisher": (1, 2_147_483_647), TOPIC: (1, 2_147_483_647)}
_ASCII_NUMBER = re.compile(r"[0-9]{1,10}")
RELEVANCE, NEWEST = "relevance", "date"
# The longest 文号/索引号 key stored (IndexedDocument.document_number_key).
MAX_NUMBER_LENGTH = 80


@dataclass
class SearchParams:
    query: str = ""
    filters: dict = field(default_factory=dict)  # facet name → list of values (strings)
    date_from: date | None = None
    date_to: date | None = None
    sort: str = RELEVANCE
    page: int = 1
    page_size: int = PAGE_SIZE
    # query word → alternatives that match in its place (synonyms, abbreviations, pinyin), ranked alike
    expansions: dict[str, list[str]] = field(default_factory=dict)
    # Advanced search: every word (or one of its alternatives) in the title, not only in the text;
    # and a 文号 or 索引号 that contains this (as typed: brackets, spaces and case are folded).
    title_only: bool = False
    number: str = ""
    # 主题分类: a TopicCategory id; items of this topic or of one below it.
    topic: str = ""

    def __post_init__(self):
        self.query = analysis.limit_query(self.query)
        filters = {}
        for name, values in self.filters.items():
            values = [str(value) for value in values if is_facet_value(name, str(value))][:MAX_FACET_VALUES]
            if values:
                filters[name] = values
        self.filters = filters
        last_page = MAX_RESULT_WINDOW // self.page_size
        self.page = min(max(1, int(self.page or 1)), last_page)
        # A key to look for inside the stored keys: wildcard characters are not the reader's to use.
        self.topic = str(self.topic or "")
        if not is_facet_value(TOPIC, self.topic):
            self.topic = ""
        self.number = analysis.number_key(self.number).translate({ord(c): None for c in "*?\\"})[:MAX_NUMBER_LENGTH]

    @property
    def terms(self):
        return analysis.query_terms(self.query)

    @property
    def words(self):
        return analysis.query_words(self.query)

    @property
    def word_groups(self):
        """For each query word, the word and its alternatives: a group matches when any of them does.
        A term of several words that has alternatives itself (a synonym the cut splits: 年度报告 →
        年度 报告) is one group in its words' place: the whole term or one of its alternatives."""
        words, groups, covered = self.words, [], set()
        for term in self.terms:
            parts = analysis.query_words(term)
            if term in self.expansions and term not in words and set(parts) <= set(words):
                groups.append([term, *(alt for alt in self.expansions[term] if alt != term)])
                covered.update(parts)
        return groups + [[word, *(alt for alt in self.expansions.get(word, []) if alt != word)]
                         for word in words if word not in covered]

    @property
    def number_key(self):
        return analysis.number_key(self.query)

    @property
    def offset(self):
        return (self.page - 1) * self.page_size

    @property
    def by_relevance(self):
        return self.sort != NEWEST and bool(self.words or self.number_key)


def is_facet_value(name, value):
    """Whether ``value`` can filter facet ``name``: one of its choices, or a number in range."""
    if name in NUMERIC_FACETS:
        low, high = NUMERIC_FACETS[name]
        return bool(_ASCII_NUMBER.fullmatch(value)) and low <= int(value) <= high
    return value in {"category": CATEGORY_LABELS, "validity": VALIDITY_LABELS}.get(name, ())


def search(params):
    elastic, engine_fallback = elasticsearch_engine(), False
    if elastic is not None:
        try:
            return build_results(params, elastic.search(params), elastic.name)
        except EngineUnavailable as error:
            logger.warning("Catalogue search answered from the database: Elasticsearch unavailable (%s)", error)
            engine_fallback = True
    engine = database_engine()
    return build_results(params, engine.search(params), engine.name, engine_fallback=engine_fallback)


def build_results(params, raw, engine_name, engine_fallback=False):
    needles = params.terms + [word for group in params.word_groups for word in group]
    hits = [_hit(doc, needles) for doc in raw.documents]
    return SearchResults(params=params, total=raw.total, hits=hits, facets=_facets(params, raw.facets),
                         engine=engine_name, engine_fallback=engine_fallback, fallback=raw.fallback)


def _hit(doc, needles):
    published = doc.get("publication_date")
    if isinstance(published, str):
        published = date.fromisoformat(published[:10])
    text = " ".join(part for part in (doc.get("summary"), doc.get("body")) if part)
    title_html = analysis.highlight(doc["title"], needles, length=len(doc["title"]) + 1)
    return Hit(
        page_id=int(doc["page_id"]),
        url=doc.get("url") or "",
        kind=doc.get("kind", ""),
        kind_label=KIND_LABELS.get(doc.get("kind"), ""),
        title=doc["title"],
        title_html=title_html or mark_safe(escape(doc["title"])),  # noqa: S308 - escaped
        snippet=analysis.highlight(text, needles),
        document_number=doc.get("document_number") or "",
        index_number=doc.get("index_number") or "",
        publisher_name=doc.get("publisher_name") or "",
        publication_date=published,
        category=doc.get("category") or "",
        category_label=CATEGORY_LABELS.get(doc.get("category"), ""),
        validity=doc.get("validity") or "",
        validity_label=VALIDITY_LABELS.get(doc.get("validity"), ""),
    )


def _facets(params, counts):
    from organisation.models import Section

    publisher_names = {}
    if counts.get("publisher"):
        ids = [int(value) for value in [*counts["publisher"], *params.filters.get("publisher", [])]
               if is_facet_value("publisher", value)]
        publisher_names = {str(pk): name for pk, name in Section.objects.filter(pk__in=ids).values_list("pk", "name")}
    labels = {
        "category": CATEGORY_LABELS,
        "validity": VALIDITY_LABELS,
        "publisher": publisher_names,
        "year": {},
    }
    facets = {}
    for name in FACETS:
        selected = set(params.filters.get(name, []))
        values = [
            FacetValue(value=value, label=labels[name].get(value) or (f"{value}年" if name == "year" else value),
                       count=count, selected=value in selected)
            for value, count in ({value: 0 for value in selected} | (counts.get(name) or {})).items()
            if value and (count or value in selected)
        ]
        if name == "year":
            values.sort(key=lambda v: v.value, reverse=True)
        else:
            values.sort(key=lambda v: (-v.count, v.label))
        facets[name] = values
    return facets
