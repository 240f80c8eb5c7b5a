"""What every search engine is and returns; ``search.query`` and the engines both import from here.

An engine keeps documents (``search.documents.prepare_many``) keyed by page id, each written with a
version (the ``IndexChange`` id) so that a stale write never overwrites a newer one, and answers a
``SearchParams`` with ``RawResults``. ``search.query`` turns those into ``SearchResults`` (hits
with labels and highlighted snippets, facet values), the same for every engine.
"""

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import date

PAGE_SIZE = 10
# Elasticsearch answers at most 10,000 hits deep (index.max_result_window); both engines stop there.
MAX_RESULT_WINDOW = 10_000
FACETS = ("category", "year", "publisher", "validity")

# Relevance, the same for both engines: an exact 文号/索引号 first, then the whole phrase in the
# title, in the text, then the single words in the title, in the text.
SCORE_NUMBER = 1000
SCORE_PHRASE_TITLE = 40
SCORE_PHRASE_TEXT = 10
SCORE_WORD_TITLE = 8
SCORE_WORD_TEXT = 2


class EngineUnavailable(Exception):
    """The engine could not answer (down, timing out, circuit open, index missing)."""


class SearchEngine(ABC):
    """One place the catalogue's documents are kept and searched."""

    name = ""

    @abstractmethod
    def index(self, documents, version):
        """Write ``documents`` unless a newer version of one is already stored."""

    @abstractmethod
    def delete(self, page_ids, version):
        """Remove these pages' documents unless a newer version is stored."""

    @abstractmethod
    def rebuild(self, batches, version, progress=None):
        """Replace everything with ``batches`` of documents, readers seeing the old or the new whole;
        ``progress(n)`` after each batch. Returns what now holds the documents (a table, an index)."""

    @abstractmethod
    def fingerprints(self):
        """page id → fingerprint of what is stored (see ``documents.FINGERPRINT_FIELDS``)."""

    def refresh(self):
        """Make the writes so far visible to searches (a no-op where they already are)."""

    @abstractmethod
    def search(self, params):
        """``RawResults`` for a ``search.query.SearchParams``; ``EngineUnavailable`` when it cannot answer."""


@dataclass
class RawResults:
    """What an engine returns: the total, this page's documents, and facet counts per facet."""

    total: int
    documents: list
    facets: dict  # facet name → {value (str): count}
    fallback: str | None = None  # see SearchResults.fallback


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Hit:
    page_id: int
    url: str
    kind: str
    kind_label: str
    title: str
    title_html: str
    snippet: str
    document_number: str
    index_number: str
    publisher_name: str
    publication_date: date | None
    category: str
    category_label: str
    validity: str
    validity_label: str


@dataclass
class SearchResults:
    params: object  # search.query.SearchParams
    total: int
    hits: list
    facets: dict  # facet name → [FacetValue]
    engine: str
    # True when Elasticsearch could not answer and the database engine did.
    engine_fallback: bool = False
    # None when every hit has every query word; "partial" when the strict match was thin and the
    # results also hold items matching only most of the words (ranked below the full matches).
    fallback: str | None = None

    @property
    def num_pages(self):
        reachable = min(self.total, MAX_RESULT_WINDOW)
        return max(1, -(-reachable // self.params.page_size))

    @property
    def page(self):
        return self.params.page

    @property
    def has_next(self):
        return self.page < self.num_pages

    @property
    def has_previous(self):
        return self.page > 1
