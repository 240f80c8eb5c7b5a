"""The database engine: the embedded default, and the fallback when Elasticsearch is down.

Documents live in ``IndexedDocument``. A query word must occur in the document's normalised text:
on PostgreSQL through a GIN-indexed ``tsvector`` of character pairs (``analysis.bigrams``), so a
two-character word is one index lookup; elsewhere (SQLite) through a substring match. Relevance is
the same sum of boosts as the Elasticsearch engine's (see ``query.SCORE_*``). Facet counts come
from one grouped query; each facet ignores its own filter, like Elasticsearch's ``FacetedSearch``.
"""

from django.db import connection, transaction
from django.db.models import BooleanField, Case, Count, F, Func, IntegerField, Q, Value, When

from .. import analysis
from ..documents import FINGERPRINT_FIELDS, fingerprint
from ..models import IndexedDocument
from .base import (
    FACETS,
    SCORE_NUMBER,
    SCORE_PHRASE_TEXT,
    SCORE_PHRASE_TITLE,
    SCORE_WORD_TITLE,
    RawResults,
    SearchEngine,
)

FACET_COLUMNS = {"category": "category", "year": "year", "publisher": "publisher_id", "validity": "validity"}
RESULT_FIELDS = ["page_id", "kind", "url", "title", "summary", "body", "document_number", "index_number",
                 "category", "publisher_name", "validity", "publication_date"]


def _postgres():
    return connection.vendor == "postgresql"


def _tsquery(words):
    """``'预算' & '部门'``: the pairs of every word, for the GIN index. None if a word has no tokens."""
    parts = []
    for word in words:
        tokens = analysis.word_tokens(word)
        if not tokens:
            return None
        parts.extend(f"'{token}'" + (":*" if prefix else "") for token, prefix in tokens)
    return " & ".join(parts) if parts else None


class _TsMatch(Func):
    """``vector @@ '…'::tsquery`` on PostgreSQL."""

    arg_joiner = " @@ "
    template = "%(expressions)s"
    output_field = BooleanField()

    def __init__(self, tsquery):
        super().__init__(F("vector"), Func(Value(tsquery), template="%(expressions)s::tsquery"))


def _contains(*words):
    """A condition: every one of ``words`` (normalised) occurs in the document's text."""
    if _postgres():
        tsquery = _tsquery(words)
        if tsquery:
            return Q(_TsMatch(tsquery))
    condition = Q()
    for word in words:
        condition &= Q(search_text__contains=word)
    return condition


class _Sum(Func):
    """``(a + b + …)`` written flat: SQLite's parser overflows its stack on about 80 nested
    ``((a + b) + c)``, which is how Django writes a chain of additions."""

    arg_joiner = " + "
    template = "(%(expressions)s)"
    output_field = IntegerField()


class DatabaseEngine(SearchEngine):
    name = "database"

    # -- writing -------------------------------------------------------------------------

    def index(self, documents, version):
        if not documents:
            return
        ids = [doc["page_id"] for doc in documents]
        newer = set(IndexedDocument.objects.filter(page_id__in=ids, version__gt=version)
                    .values_list("page_id", flat=True))
        rows = [self._row(doc, version) for doc in documents if doc["page_id"] not in newer]
        update = [f.name for f in IndexedDocument._meta.concrete_fields if not f.primary_key]
        with transaction.atomic():
            IndexedDocument.objects.bulk_create(rows, update_conflicts=True, unique_fields=["page_id"],
                                                update_fields=update, batch_size=500)

    def delete(self, page_ids, version):
        if page_ids:
            IndexedDocument.objects.filter(page_id__in=list(page_ids), version__lte=version).delete()

    def rebuild(self, batches, version, progress=None):
        """Swap the whole table's contents in one transaction (readers see old or new)."""
        with transaction.atomic():
            IndexedDocument.objects.all().delete()
            for batch in batches:
                IndexedDocument.objects.bulk_create([self._row(doc, version) for doc in batch], batch_size=500)
                if progress:
                    progress(len(batch))
        return "table"

    def fingerprints(self):
        """page id → fingerprint of what is stored (see documents.FINGERPRINT_FIELDS)."""
        columns = [name for name in FINGERPRINT_FIELDS if name != "publisher"] + ["publisher_id"]
        result = {}
        for row in IndexedDocument.objects.values(*columns).iterator(chunk_size=2000):
            row["publisher"] = str(row.pop("publisher_id") or "")
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
            year=doc["year"],
            publication_date=publication_date,
            search_title=analysis.normalize(doc["title"]),
            search_text=analysis.normalize(doc["text"]),
            vector=" ".join(sorted(set(analysis.bigrams(doc["text"])))),
        )

    # -- querying ------------------------------------------------------------------------

    def search(self, params):
        if not _postgres():
            return self._search(params)
        with transaction.atomic():
            with connection.cursor() as cursor:
                # Our queries are index lookups over one table: JIT compilation only adds latency.
                cursor.execute("SET LOCAL jit = off")
                # Even a word in every document is cheaper through the GIN bitmap (no recheck) than a
                # sequential scan that tests each row's out-of-line vector.
                cursor.execute("SET LOCAL enable_seqscan = off")
            return self._search(params)

    def _search(self, params):
        matched = IndexedDocument.objects.all()
        words, number_key = params.words, params.number_key
        if words or number_key:
            condition = _contains(*words) if words else Q()
            if number_key:
                condition = (condition if words else Q(pk__in=[])) | Q(document_number_key=number_key) | Q(
                    index_number_key=number_key)
            matched = matched.filter(condition)
        if params.date_from:
            matched = matched.filter(publication_date__gte=params.date_from)
        if params.date_to:
            matched = matched.filter(publication_date__lte=params.date_to)

        total, facets = self._facets(matched, params.filters)

        hits = matched
        for name, values in params.filters.items():
            hits = hits.filter(**{f"{FACET_COLUMNS[name]}__in": values})
        order = [F("publication_date").desc(nulls_last=True), "-page_id"]
        if params.by_relevance:
            hits = hits.annotate(score=self._score(params))
            order.insert(0, "-score")
        documents = list(hits.order_by(*order).values(*RESULT_FIELDS)[params.offset: params.offset + params.page_size])
        return RawResults(total=total, documents=documents, facets=facets)

    @staticmethod
    def _facets(matched, filters):
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
    def _score(params):
        """Elasticsearch's boosts (query.SCORE_*), minus those every match scores alike: each
        required word is in every matching text, so "word in the text" cannot change the order."""
        parts = []
        if params.number_key:
            parts.append((Q(document_number_key=params.number_key) | Q(index_number_key=params.number_key),
                          SCORE_NUMBER))
        words = params.words
        for term in params.terms:
            if len(term) > 1:
                parts.append((Q(search_title__contains=term), SCORE_PHRASE_TITLE))
                if [term] != analysis.query_words(term):
                    # a term of several words: is it whole in the text? One index lookup, not a
                    # per-row test, so the big text column is never read for ranking.
                    whole = IndexedDocument.objects.filter(_contains(term)).values("page_id")
                    parts.append((Q(page_id__in=whole), SCORE_PHRASE_TEXT))
        for word in words:
            parts.append((Q(search_title__contains=word), SCORE_WORD_TITLE))
        cases = [Case(When(condition, then=Value(boost)), default=Value(0), output_field=IntegerField())
                 for condition, boost in parts]
        return _Sum(*cases) if cases else Value(0, output_field=IntegerField())
