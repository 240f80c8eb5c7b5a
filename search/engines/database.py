"""The database engine: the embedded default, and the fallback when Elasticsearch is down.

Documents live in ``IndexedDocument``; words are found through a full-text index of character pairs
(``analysis.bigrams``: ``2024年度预算`` → ``2024 年度 度预 预算 算``, a number whole):

* SQLite: an FTS5 table (``catalogue_search_fts``, migration 0004, unicode61 tokenizer over the
  space-separated pairs). A query word is a phrase of its pairs (``"政务 务数 数据"``), so a word is
  matched whole, never as characters apart, and 11 does not match inside 2011. Ranking is FTS5's
  own ``bm25()``, the title column weighted above the text.
* PostgreSQL: a GIN-indexed ``tsvector`` of the same pairs; a word is the AND of its pairs. Ranking
  is BM25's rarity weight (idf, from each word's document count, one GIN count per word) on a title
  match and a text match.

On both, the field weights of ``engines.base`` sit on top: an exact 文号/索引号 first, the whole
multi-word phrase in the title, then in the text; guide/rules pages' word scores count for less.
Facet counts come from one grouped query; each facet ignores its own filter, like Elasticsearch's
``FacetedSearch``.
"""

import math
from datetime import date
from functools import reduce
from operator import or_

from django.db import connection, transaction
from django.db.models import BooleanField, Case, Count, F, FloatField, Func, Q, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Greatest, Length, Replace

from .. import analysis
from ..documents import FINGERPRINT_FIELDS, fingerprint
from ..models import FTS_TABLE, IndexedDocument, IndexState
from . import counts
from .base import (
    FACETS,
    PAGE_KIND_WEIGHT,
    SCORE_COVERAGE,
    SCORE_NUMBER,
    SCORE_PHRASE_TEXT,
    SCORE_PHRASE_TITLE,
    TITLE_WEIGHT,
    RawResults,
    SearchEngine,
)

FACET_COLUMNS = {"category": "category", "year": "year", "publisher": "publisher_id", "validity": "validity"}
# PostgreSQL: the text part of BM25 is computed for this many best candidates (by everything else).
RERANK = 200
# BM25's average lengths (characters of the normalised title and text), for length normalisation.
AVERAGE_TITLE_LENGTH = 24.0
AVERAGE_TEXT_LENGTH = 600.0
RESULT_FIELDS = ["page_id", "kind", "url", "title", "summary", "body", "document_number", "index_number",
                 "category", "publisher_name", "validity", "publication_date"]


def _postgres():
    return connection.vendor == "postgresql"


# -- how words become full-text queries ------------------------------------------------------


def _fts_phrase(word):
    """One word as an FTS5 phrase of its pairs; a lone character is a prefix (it starts a pair)."""
    tokens = analysis.word_tokens(word)
    if not tokens:
        return None
    phrase = '"' + " ".join(token for token, _ in tokens) + '"'
    return phrase + " *" if tokens[-1][1] else phrase


def _ts_phrase(word):
    tokens = analysis.word_tokens(word)
    if not tokens:
        return None
    return "(" + " & ".join(f"'{token}'" + (":*" if prefix else "") for token, prefix in tokens) + ")"


def _full_text(groups, require_all=True):
    """The backend's full-text query: each group is any of its words; all groups, or any one."""
    phrase = _ts_phrase if _postgres() else _fts_phrase
    parts = []
    for group in groups:
        alternatives = [p for p in (phrase(word) for word in group) if p]
        if alternatives:
            parts.append("(" + (" | " if _postgres() else " OR ").join(alternatives) + ")")
        elif require_all:
            return None
    if not parts:
        return None
    joiner = (" & " if require_all else " | ") if _postgres() else (" AND " if require_all else " OR ")
    return joiner.join(parts)


class _TsMatch(Func):
    """``vector @@ '…'::tsquery`` on PostgreSQL."""

    arg_joiner = " @@ "
    template = "%(expressions)s"
    output_field = BooleanField()

    def __init__(self, tsquery):
        super().__init__(F("vector"), Func(Value(tsquery), template="%(expressions)s::tsquery"))


def _matches(groups, require_all=True):
    """A condition: the document has every group (or any one) in its words; None if nothing to look up."""
    query = _full_text(groups, require_all)
    if query is None:
        return None
    if _postgres():
        return Q(_TsMatch(query))
    return Q(page_id__in=RawSQL(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [query]))


class _Sum(Func):
    """``(a + b + …)`` written flat: SQLite's parser overflows its stack on about 80 nested
    ``((a + b) + c)``, which is how Django writes a chain of additions."""

    arg_joiner = " + "
    template = "(%(expressions)s)"
    output_field = FloatField()


def _case(condition, points):
    return Case(When(condition, then=Value(float(points))), default=Value(0.0), output_field=FloatField())


def _idf(document_count, total):
    """BM25's rarity weight (as Lucene computes it)."""
    return math.log(1 + (total - document_count + 0.5) / (document_count + 0.5))


class DatabaseEngine(SearchEngine):
    name = "database"

    # -- writing -------------------------------------------------------------------------

    def index(self, documents, version):
        if not documents:
            return
        ids = [doc["page_id"] for doc in documents]
        newer = set(IndexedDocument.objects.filter(page_id__in=ids, version__gt=version)
                    .values_list("page_id", flat=True))
        docs = [doc for doc in documents if doc["page_id"] not in newer]
        rows = [self._row(doc, version) for doc in docs]
        update = [f.name for f in IndexedDocument._meta.concrete_fields if not f.primary_key]
        with transaction.atomic():
            IndexedDocument.objects.bulk_create(rows, update_conflicts=True, unique_fields=["page_id"],
                                                update_fields=update, batch_size=500)
            self._write_fts(docs, replace=True)
            IndexState.advance()

    def delete(self, page_ids, version):
        if not page_ids:
            return
        with transaction.atomic():
            gone = list(IndexedDocument.objects.filter(page_id__in=list(page_ids), version__lte=version)
                        .values_list("page_id", flat=True))
            IndexedDocument.objects.filter(page_id__in=gone).delete()
            self._delete_fts(gone)
            IndexState.advance()

    def rebuild(self, batches, version, progress=None):
        """Swap the whole table's contents in one transaction (readers see old or new)."""
        with transaction.atomic():
            IndexedDocument.objects.all().delete()
            if not _postgres():
                with connection.cursor() as cursor:
                    cursor.execute(f"DELETE FROM {FTS_TABLE}")
            for batch in batches:
                IndexedDocument.objects.bulk_create([self._row(doc, version) for doc in batch], batch_size=500)
                self._write_fts(batch)
                if progress:
                    progress(len(batch))
            IndexState.advance()
        return "table"

    @staticmethod
    def _write_fts(documents, replace=False):
        """SQLite: the documents' rows of the FTS5 index (title pairs, text pairs)."""
        if _postgres() or not documents:
            return
        if replace:
            DatabaseEngine._delete_fts([doc["page_id"] for doc in documents])
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, title, text) VALUES (%s, %s, %s)",
                [(doc["page_id"], " ".join(analysis.bigrams(doc["title"])), " ".join(analysis.bigrams(doc["text"])))
                 for doc in documents],
            )

    @staticmethod
    def _delete_fts(page_ids):
        if _postgres() or not page_ids:
            return
        with connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [(page_id,) for page_id in page_ids])

    def fingerprints(self):
        """page id → fingerprint of what is stored (see documents.FINGERPRINT_FIELDS)."""
        columns = [name for name in FINGERPRINT_FIELDS if name != "publisher"] + ["publisher_id"]
        result = {}
        for row in IndexedDocument.objects.values(*columns).iterator(chunk_size=2000):
            row["publisher"] = str(row.pop("publisher_id") or "")
            row["topics"] = row["topics"].strip()  # " 12 3 " → "12 3", as the list is fingerprinted
            result[row["page_id"]] = fingerprint(row)
        return result

    @staticmethod
    def _row(doc, version):
        publication_date = doc["publication_date"]
        return IndexedDocument(
            page_id=doc["page_id"],
            version=version,
            revision_id=doc["revision_id"],
            kind=doc["kind"],
            url=doc["url"],
            title=doc["title"],
            document_number=doc["document_number"],
            index_number=doc["index_number"],
            document_number_key=analysis.number_key(doc["document_number"]),
            index_number_key=analysis.number_key(doc["index_number"]),
            summary=doc["summary"],
            body=doc["body"],
            category=doc["category"],
            publisher_id=int(doc["publisher"]) if doc["publisher"] else None,
            publisher_name=doc["publisher_name"],
            validity=doc["validity"],
            topic_id=int(doc["topic"]) if doc["topic"] else None,
            topics=" " + " ".join(doc["topics"]) + " " if doc["topics"] else "",
            year=doc["year"],
            publication_date=publication_date,
            search_title=analysis.normalize(doc["title"]),
            search_text=analysis.normalize(doc["text"]),
            # PostgreSQL's GIN-indexed pairs; SQLite keeps them in the FTS5 table instead.
            vector=" ".join(sorted(set(analysis.bigrams(doc["text"])))) if _postgres() else "",
        )

    # -- querying ------------------------------------------------------------------------

    def search(self, params):
        if not _postgres():
            return self.search_relaxing(params)
        with transaction.atomic():
            with connection.cursor() as cursor:
                # Our queries are index lookups over one table: JIT compilation only adds latency.
                cursor.execute("SET LOCAL jit = off")
                # Even a word in every document is cheaper through the GIN bitmap (no recheck) than a
                # sequential scan that tests each row's out-of-line vector.
                cursor.execute("SET LOCAL enable_seqscan = off")
            return self.search_relaxing(params)

    def find(self, params, groups, require_all=True):
        matched = IndexedDocument.objects.all()
        number_key = params.number_key
        if groups or number_key:
            condition = _matches(groups, require_all) if groups else None
            if condition is None:
                condition = Q(pk__in=[])
            if number_key:
                condition |= Q(document_number_key=number_key) | Q(index_number_key=number_key)
            matched = matched.filter(condition)
        if params.date_from:
            matched = matched.filter(publication_date__gte=params.date_from)
        if params.date_to:
            matched = matched.filter(publication_date__lte=params.date_to)
        if params.title_only:  # advanced search: each word, or an alternative, in the title
            for group in params.word_groups:
                matched = matched.filter(reduce(or_, [Q(search_title__contains=analysis.normalize(w)) for w in group]))
        if params.number:
            matched = matched.filter(Q(document_number_key__contains=params.number)
                                     | Q(index_number_key__contains=params.number))
        if params.topic:  # the topic or one of its descendants
            matched = matched.filter(topics__contains=f" {params.topic} ")

        total, facets = self._facets(matched, params.filters)

        hits = matched
        for name, values in params.filters.items():
            hits = hits.filter(**{f"{FACET_COLUMNS[name]}__in": values})
        window = slice(params.offset, params.offset + params.page_size)
        if not params.by_relevance:
            order = [F("publication_date").desc(nulls_last=True), "-page_id"]
            documents = list(hits.order_by(*order).values(*RESULT_FIELDS)[window])
        else:
            ranked = hits.annotate(boosts=self._boosts(params, groups, require_all))
            if _postgres():
                ids = self._rank_postgres(ranked, groups, window)
            else:
                ids = self._rank_sqlite(ranked, groups, window)
            by_id = {doc["page_id"]: doc for doc in IndexedDocument.objects.filter(page_id__in=ids)
                     .values(*RESULT_FIELDS)}
            documents = [by_id[page_id] for page_id in ids if page_id in by_id]
        return RawResults(total=total, documents=documents, facets=facets)

    @staticmethod
    def _facets(matched, filters):
        """(total, facet counts), counted once per match set and index state (``counts``)."""
        sql, sql_params = matched.query.sql_with_params()
        return counts.remembered(f"facets:{connection.vendor}", (sql, sql_params, sorted(filters.items())),
                                 lambda: DatabaseEngine._count_facets(matched, filters))

    @staticmethod
    def _count_facets(matched, filters):
        columns = list(FACET_COLUMNS.values())
        groups = matched.order_by().values(*columns).annotate(n=Count("pk"))
        facets = {name: {} for name in FACETS}
        total = 0

        def passes(group, skip=None):
            return all(str(group[FACET_COLUMNS[name]]) in values for name, values in filters.items() if name != skip)

        for group in groups:
            if passes(group):
                total += group["n"]
            for name in FACETS:
                value = group[FACET_COLUMNS[name]]
                if value not in (None, "") and passes(group, skip=name):
                    facets[name][str(value)] = facets[name].get(str(value), 0) + group["n"]
        return total, facets

    @staticmethod
    def _boosts(params, groups, require_all):
        """The fixed points on top of word relevance: an exact number, the whole multi-word term in
        the title or the text, and (relaxed) how many of the query's word groups the item has."""
        parts = []
        if params.number_key:
            parts.append(_case(Q(document_number_key=params.number_key) | Q(index_number_key=params.number_key),
                               SCORE_NUMBER))
        for term in params.terms:
            if len(analysis.query_words(term)) > 1:  # a phrase of several words, not a single word
                parts.append(_case(Q(search_title__contains=term), SCORE_PHRASE_TITLE))
                whole = _matches([[term]])
                if whole is not None:
                    parts.append(_case(whole, SCORE_PHRASE_TEXT))
        if not require_all:
            for group in groups:
                condition = _matches([group])
                if condition is not None:
                    parts.append(_case(condition, SCORE_COVERAGE))
        return _Sum(*parts) if parts else Value(0.0, output_field=FloatField())

    @staticmethod
    def _rank_sqlite(ranked, groups, window):
        """FTS5's bm25() (title column weighted) added to the boosts, in one statement."""
        sql, sql_params = ranked.values("page_id", "boosts", "kind", "publication_date").query.sql_with_params()
        query = _full_text(groups, require_all=False)
        # The whole match (all groups, or any) is scored by bm25 over every phrase of the query.
        statement = (
            f"SELECT h.page_id FROM ({sql}) h "
            f"LEFT JOIN (SELECT rowid AS id, bm25({FTS_TABLE}, {TITLE_WEIGHT}, 1.0) AS bm FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH %s) m ON m.id = h.page_id "
            f"ORDER BY h.boosts - COALESCE(m.bm, 0) * (CASE WHEN h.kind = 'page' THEN {PAGE_KIND_WEIGHT} ELSE 1 END) "
            "DESC, h.publication_date DESC, h.page_id DESC LIMIT %s OFFSET %s"
        )
        if query is None:
            statement = statement.replace(f"WHERE {FTS_TABLE} MATCH %s", "WHERE 0")
            args = [*sql_params, window.stop - window.start, window.start]
        else:
            args = [*sql_params, query, window.stop - window.start, window.start]
        with connection.cursor() as cursor:
            cursor.execute(statement, args)
            return [row[0] for row in cursor.fetchall()]

    @staticmethod
    def _rank_postgres(ranked, groups, window):
        """BM25 computed in SQL: each word group's idf (its document count, one GIN count) times its
        term-frequency part in the title (weighted; titles are short and inline) and in the text.
        The text part reads the long column, so it re-ranks only the best RERANK candidates of the rest."""
        total = _document_count(None) or 1
        title_parts, text_parts = [], []
        for group in groups:
            if _full_text([group]) is None:
                continue
            idf = _idf(_document_count(group), total)
            words = [analysis.normalize(word) for word in group]
            title_parts.append(_bm25("search_title", words, AVERAGE_TITLE_LENGTH) * Value(idf * TITLE_WEIGHT))
            text_parts.append(_bm25("search_text", words, AVERAGE_TEXT_LENGTH) * Value(idf))
        weight = Case(When(kind="page", then=Value(PAGE_KIND_WEIGHT)), default=Value(1.0), output_field=FloatField())
        title_score = _Sum(*title_parts) if title_parts else Value(0.0, output_field=FloatField())
        scored = ranked.annotate(score=F("boosts") + title_score * weight)
        order = ["-score", F("publication_date").desc(nulls_last=True), "-page_id"]
        if not text_parts:
            return list(scored.order_by(*order).values_list("page_id", flat=True)[window])
        candidates = list(scored.order_by(*order).values_list("page_id", "score", "publication_date")
                          [: max(RERANK, window.stop)])
        text_scores = dict(IndexedDocument.objects.filter(page_id__in=[row[0] for row in candidates])
                           .annotate(text_score=_Sum(*text_parts) * weight).values_list("page_id", "text_score"))
        candidates.sort(key=lambda row: (row[1] + text_scores.get(row[0], 0.0), row[2] or date.min, row[0]),
                        reverse=True)
        return [row[0] for row in candidates[window]]


def _document_count(group):
    """How many documents have a word of ``group`` (all documents for None): BM25's idf input, counted
    once per index state (``counts``): a common word's count reads a large part of the GIN index."""
    query = _full_text([group]) if group is not None else ""
    documents = IndexedDocument.objects.all()
    return counts.remembered("df", query, lambda: (documents if group is None else documents.filter(_matches([group]))).count())


def _bm25(column, words, average_length, k1=1.2, b=0.75):
    """BM25's term-frequency part of the best of ``words`` in a text column (occurrences counted by
    ``replace``), normalised by the column's length against ``average_length``."""
    length = Cast(Length(column), FloatField())
    counts = [Cast(Length(column) - Length(Replace(column, Value(word), Value(""))), FloatField()) / Value(
        float(len(word))) for word in words if word]
    frequency = counts[0] if len(counts) == 1 else Greatest(*counts)
    norm = Value(k1) * (Value(1 - b) + Value(b) * length / Value(average_length))
    return frequency * Value(k1 + 1) / (frequency + norm)
