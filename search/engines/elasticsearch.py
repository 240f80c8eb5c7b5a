"""The Elasticsearch engine (elasticsearch.dsl, bundled with the ``elasticsearch`` 8.x client).

Reads and writes go to an alias, ``<ELASTICSEARCH_INDEX_PREFIX>-catalogue``, over one concrete
index; ``rebuild()`` fills a new index and swaps the alias in one request, so queries keep
answering. Writes use external versioning (the index-change sequence number): a stale write is
refused by the node instead of overwriting a newer document.

The client has a short timeout and no retries (its defaults, 10 s and 3 retries, would hold every
worker when a node hangs), and a circuit breaker: after a few failures in a row it stops calling
the node for a while and the caller falls back to the database engine.
"""

import logging
import threading
import time

from django.conf import settings
from django.utils import timezone
from elasticsearch import ApiError, Elasticsearch, TransportError, helpers
from elasticsearch.dsl import (
    Date,
    Document,
    FacetedResponse,
    FacetedSearch,
    Integer,
    Keyword,
    Long,
    Q,
    Response,
    Search,
    TermsFacet,
    Text,
)

from .. import analysis
from ..documents import FINGERPRINT_FIELDS, fingerprint
from .base import (
    FACETS,
    PAGE_KIND_WEIGHT,
    SCORE_COVERAGE,
    SCORE_NUMBER,
    SCORE_PHRASE_TEXT,
    SCORE_PHRASE_TITLE,
    TITLE_WEIGHT,
    EngineUnavailable,
    RawResults,
    SearchEngine,
)

logger = logging.getLogger(__name__)

SOURCE_EXCLUDES = ["text", "text_words", "title_words"]


def _setting(name, default):
    return getattr(settings, name, default)


class CatalogueDocument(Document):
    """The Elasticsearch mapping. ``*_words`` hold jieba words (whitespace analyzer); the plain text
    fields use the standard analyzer, one token per Chinese character, for phrase matching."""

    page_id = Integer()
    kind = Keyword()
    url = Keyword(index=False)
    # index_phrases: two-character phrases become single terms (a hidden shingle field), so the
    # phrase queries that make two-character words match cost a term lookup, not a positions check.
    title = Text(analyzer="standard", index_phrases=True)
    title_words = Text(analyzer="whitespace")
    text = Text(analyzer="standard", index_phrases=True)
    text_words = Text(analyzer="whitespace")
    summary = Text(index=False)
    body = Text(index=False)
    document_number = Keyword()
    index_number = Keyword()
    number_keys = Keyword()
    category = Keyword()
    publisher = Keyword()
    publisher_name = Keyword()
    validity = Keyword()
    topic = Keyword()
    topics = Keyword()  # the topic's and its ancestors' ids
    year = Integer()
    publication_date = Date()
    revision_id = Long()


class CircuitBreaker:
    """Open after ``threshold`` failures in a row; after ``reset_after`` seconds let one call try again."""

    def __init__(self, threshold=3, reset_after=30.0):
        self.threshold, self.reset_after = threshold, reset_after
        self.failures, self.opened_at = 0, None
        self._lock = threading.Lock()

    def allow(self):
        with self._lock:
            if self.opened_at is None:
                return True
            if time.monotonic() - self.opened_at >= self.reset_after:
                self.opened_at = time.monotonic()  # half-open: this caller tries, the others wait
                return True
            return False

    def succeeded(self):
        with self._lock:
            self.failures, self.opened_at = 0, None

    def failed(self):
        with self._lock:
            self.failures += 1
            if self.failures >= self.threshold:
                self.opened_at = time.monotonic()

    @property
    def is_open(self):
        return self.opened_at is not None


_clients = {}
_ready_aliases = set()
_breakers = {}
_lock = threading.Lock()


def breaker_for(url):
    with _lock:
        if url not in _breakers:
            _breakers[url] = CircuitBreaker(
                threshold=_setting("CATALOGUE_SEARCH_BREAKER_THRESHOLD", 3),
                reset_after=_setting("CATALOGUE_SEARCH_BREAKER_RESET", 30.0),
            )
        return _breakers[url]


def client_for(url):
    with _lock:
        if url not in _clients:
            _clients[url] = Elasticsearch(
                url,
                request_timeout=_setting("CATALOGUE_SEARCH_TIMEOUT", 2.0),
                max_retries=0,
                retry_on_timeout=False,
            )
        return _clients[url]


def word_query(word):
    """One word, scored by BM25: as a jieba word or as a phrase of characters (a word jieba cut
    differently; index_phrases makes a two-character phrase one term, so its rarity is the word's),
    in the title (weighted) and in the text."""
    return Q("bool", should=[
        Q("dis_max", queries=[Q("match", title_words=word), Q("match_phrase", title=word)], boost=TITLE_WEIGHT),
        Q("dis_max", queries=[Q("match", text_words=word), Q("match_phrase", text=word)]),
    ], minimum_should_match=1)


def group_query(group):
    """A query word or any of its alternatives (SearchParams.word_groups), each ranked like the word."""
    if len(group) == 1:
        return word_query(group[0])
    return Q("dis_max", queries=[word_query(word) for word in group])


class CatalogueFacetedSearch(FacetedSearch):
    facets = {
        "category": TermsFacet(field="category", size=20),
        "year": TermsFacet(field="year", size=100),
        "publisher": TermsFacet(field="publisher", size=200),
        "validity": TermsFacet(field="validity", size=10),
    }

    def __init__(self, client, index, params, groups, require_all=True, count_facets=True):
        self.client, self.index, self.params = client, index, params
        self.groups, self.require_all, self.count_facets = groups, require_all, count_facets
        sort = [] if params.by_relevance else [{"publication_date": {"order": "desc"}}, {"page_id": "desc"}]
        if params.by_relevance:
            sort = ["_score", {"publication_date": {"order": "desc"}}, {"page_id": "desc"}]
        super().__init__(query=params.query, filters=params.filters, sort=sort)

    def search(self):
        s = Search(using=self.client, index=self.index).source(excludes=SOURCE_EXCLUDES)
        date_range = {}
        if self.params.date_from:
            date_range["gte"] = self.params.date_from.isoformat()
        if self.params.date_to:
            date_range["lte"] = self.params.date_to.isoformat()
        if date_range:
            s = s.filter("range", publication_date=date_range)
        if self.params.title_only:  # advanced search: each word, or an alternative, in the title
            for group in self.params.word_groups:
                s = s.filter(Q("bool", should=[Q("match_phrase", title=word) for word in group], minimum_should_match=1))
        if self.params.number:
            s = s.filter("wildcard", number_keys={"value": f"*{self.params.number}*"})
        if self.params.topic:  # the topic or one of its descendants
            s = s.filter("term", topics=self.params.topic)
        return s.extra(track_total_hits=True).response_class(FacetedResponse)

    def query(self, search, query):
        params = self.params
        groups, number_key = self.groups, params.number_key
        if not (groups or number_key):
            return search

        def boosted(query, boost):
            return Q("constant_score", filter=query, boost=boost)

        scoring = []
        for term in params.terms:
            if len(analysis.query_words(term)) > 1:  # a phrase of several words, not a single word
                scoring.append(boosted(Q("match_phrase", title=term), SCORE_PHRASE_TITLE))
                scoring.append(boosted(Q("match_phrase", text=term), SCORE_PHRASE_TEXT))
        if not self.require_all:
            scoring.extend(boosted(group_query(group), SCORE_COVERAGE) for group in groups)
        number = Q("term", number_keys=number_key) if number_key else None
        if number is not None:
            scoring.append(boosted(number, SCORE_NUMBER))
        matches = None
        if groups:
            words = Q("bool", must=[group_query(group) for group in groups]) if self.require_all else Q(
                "bool", should=[group_query(group) for group in groups], minimum_should_match=1)
            # Guide, rules and report pages: their word scores count for less (base.PAGE_KIND_WEIGHT).
            matches = Q("function_score", query=words, boost_mode="multiply",
                        functions=[{"filter": {"term": {"kind": "page"}}, "weight": PAGE_KIND_WEIGHT}])
        if number is not None:
            number_match = boosted(number, 0)  # it scores through SCORE_NUMBER above
            matches = number_match if matches is None else Q("bool", should=[matches, number_match],
                                                              minimum_should_match=1)
        return search.query(Q("bool", must=[matches], should=scoring))

    def aggregate(self, search):
        if self.count_facets:
            super().aggregate(search)

    def highlight(self, search):
        return search  # snippets are made from the document text by query.build_results, for both engines


class ElasticsearchEngine(SearchEngine):
    name = "elasticsearch"

    def __init__(self, url=None, prefix=None):
        self.url = url or settings.ELASTICSEARCH_URL
        self.prefix = prefix if prefix is not None else settings.ELASTICSEARCH_INDEX_PREFIX
        self.client = client_for(self.url)
        self.breaker = breaker_for(self.url)

    @property
    def alias(self):
        return f"{self.prefix}-catalogue"

    def _call(self, operation, *args, **kwargs):
        if not self.breaker.allow():
            raise EngineUnavailable("circuit open after repeated failures")
        try:
            result = operation(*args, **kwargs)
        except ApiError as error:
            if error.meta.status >= 500:
                self.breaker.failed()
            if error.meta.status >= 500 or error.meta.status == 404:
                raise EngineUnavailable(f"{error.meta.status} {error.message}") from error
            raise
        except (TransportError, helpers.BulkIndexError, OSError) as error:
            self.breaker.failed()
            raise EngineUnavailable(str(error)) from error
        self.breaker.succeeded()
        return result

    # -- indices and the alias -----------------------------------------------------------

    def create_index(self, name):
        body_settings = {"number_of_shards": _setting("CATALOGUE_SEARCH_SHARDS", 1), "number_of_replicas": _setting("CATALOGUE_SEARCH_REPLICAS", 0),
                         # deletes stay remembered (with their version) long enough to refuse late stale writes
                         "gc_deletes": "1h"}
        mappings = CatalogueDocument._doc_type.mapping.to_dict()
        # A node with the ik or smartcn plugin may analyse the word fields itself (docs/search.md).
        word_analyzer = _setting("CATALOGUE_SEARCH_WORD_ANALYZER", None)
        if word_analyzer:
            for field in ("title_words", "text_words"):
                mappings["properties"][field] = {"type": "text", **word_analyzer}
        self._call(self.client.indices.create, index=name, settings=body_settings, mappings=mappings)

    def new_index_name(self):
        return f"{self.alias}-{timezone.localtime():%Y%m%d%H%M%S%f}"

    def alias_targets(self):
        if not self._call(self.client.indices.exists_alias, name=self.alias):
            return []
        return sorted(self._call(self.client.indices.get_alias, name=self.alias).keys())

    def ensure_index(self):
        if self.alias in _ready_aliases:
            return
        if not self.alias_targets():
            name = self.new_index_name()
            self.create_index(name)
            self._call(self.client.indices.put_alias, index=name, name=self.alias)
        _ready_aliases.add(self.alias)

    def drop(self):
        """Delete the alias and every index behind it (tests, and a site giving up Elasticsearch)."""
        for name in self.alias_targets():
            self._call(self.client.indices.delete, index=name)
        _ready_aliases.discard(self.alias)

    def refresh(self):
        self._call(self.client.indices.refresh, index=self.alias)

    # -- writing -------------------------------------------------------------------------

    def index(self, documents, version, index=None):
        if not documents:
            return
        if index is None:
            self.ensure_index()
        actions = ({"_op_type": "index", "_index": index or self.alias, "_id": doc["page_id"], "_source": doc,
                    "version": version, "version_type": "external"} for doc in documents)
        self._bulk(actions)

    def delete(self, page_ids, version):
        if not page_ids:
            return
        self.ensure_index()
        actions = ({"_op_type": "delete", "_index": self.alias, "_id": page_id, "version": version,
                    "version_type": "external"} for page_id in page_ids)
        self._bulk(actions)

    def _bulk(self, actions, timeout=None):
        client = self.client.options(request_timeout=timeout or _setting("CATALOGUE_SEARCH_BULK_TIMEOUT", 30.0))
        refresh = _setting("CATALOGUE_SEARCH_REFRESH", False)
        _, errors = self._call(helpers.bulk, client, actions, raise_on_error=False, raise_on_exception=True,
                               refresh="true" if refresh else "false", chunk_size=500)
        failures = []
        for error in errors:
            outcome = next(iter(error.values()))
            # 409: a newer version is already there (a stale write); 404: deleting what is not there.
            if outcome.get("status") not in (404, 409):
                failures.append(outcome)
        if failures:
            self.breaker.failed()
            raise EngineUnavailable(f"{len(failures)} bulk failures, first: {failures[0]}")

    def rebuild(self, batches, version, progress=None):
        """Fill a new index, then point the alias at it in one atomic request and drop the old ones."""
        old = self.alias_targets()
        name = self.new_index_name()
        self.create_index(name)
        self._call(self.client.indices.put_settings, index=name, settings={"refresh_interval": "-1"})
        for batch in batches:
            self.index(batch, version, index=name)
            if progress:
                progress(len(batch))
        self._call(self.client.indices.put_settings, index=name, settings={"refresh_interval": None})
        self._call(self.client.indices.refresh, index=name)
        actions = [{"remove": {"index": index, "alias": self.alias}} for index in old]
        actions.append({"add": {"index": name, "alias": self.alias}})
        self._call(self.client.indices.update_aliases, actions=actions)
        for index in old:
            self._call(self.client.indices.delete, index=index)
        return name

    def fingerprints(self):
        """page id → fingerprint of what is stored (see documents.FINGERPRINT_FIELDS)."""
        self.ensure_index()
        hits = self._call(lambda: list(helpers.scan(self.client, index=self.alias, _source=list(FINGERPRINT_FIELDS),
                                                    size=1000, query={"query": {"match_all": {}}})))
        return {int(hit["_id"]): fingerprint(hit["_source"]) for hit in hits}

    # -- querying ------------------------------------------------------------------------

    def search(self, params):
        return self.search_relaxing(params)

    def find(self, params, groups, require_all=True):
        """The page of hits and the facet counts in one round trip (msearch): the counts as a search of
        no hits, which Elasticsearch keeps in its shard request cache until the index next refreshes,
        so the next page or the same search again does not count the whole match set again."""
        window = slice(params.offset, params.offset + params.page_size)
        hits = CatalogueFacetedSearch(self.client, self.alias, params, groups, require_all, count_facets=False)
        counting = CatalogueFacetedSearch(self.client, self.alias, params, groups, require_all)
        searches = [{"index": self.alias}, hits[window]._s.to_dict(),
                    {"index": self.alias, "request_cache": True}, counting._s.extra(size=0).to_dict()]
        answers = self._call(self.client.msearch, searches=searches)["responses"]
        for answer in answers:
            if "error" in answer:
                if answer.get("status", 500) >= 500:
                    self.breaker.failed()
                raise EngineUnavailable(f"{answer.get('status')} {answer['error']}")
        page, counted = Response(hits._s, answers[0]), FacetedResponse(counting._s, answers[1])
        counted._faceted_search = counting
        facets = {name: {str(value): count for value, count, _ in counted.facets[name]} for name in FACETS}
        documents = [hit.to_dict() for hit in page.hits]
        return RawResults(total=page.hits.total.value, documents=documents, facets=facets)
