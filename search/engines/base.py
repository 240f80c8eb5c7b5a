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

# Relevance, the same model on both engines: BM25 (how often a word occurs in the item, how rare it
# is in the catalogue, how long the item is) over the words, the title counting TITLE_WEIGHT times
# the text, and fixed points on top of it: an exact 文号/索引号 first (SCORE_NUMBER ≫ anything), then
# a multi-word term whole in the title, in the text. A single word earns no fixed points: a common
# word in the title (the bureau's own name) is worth only its rarity.
SCORE_NUMBER = 100_000
SCORE_PHRASE_TITLE = 40
SCORE_PHRASE_TEXT = 10
TITLE_WEIGHT = 5.0
# Guide, rules and report pages are long and use every word of the catalogue: their word scores
# count for less, so they do not crowd the first page of unrelated queries (a title match still wins).
PAGE_KIND_WEIGHT = 0.3
# A relaxed match (see SearchEngine.search_relaxing): points per query word group the item has, so
# the items with all the words rank above those with most, above those with one.
SCORE_COVERAGE = 1_000
# Fewer strict matches than this (one page) and the search also takes items with only some words.
RELAX_BELOW = PAGE_SIZE
PARTIAL = "partial"


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

    @abstractmethod
    def find(self, params, groups, require_all=True):
        """``RawResults`` of the items having every word group (or, not ``require_all``, any one)."""

    def search_relaxing(self, params):
        """Every word required; when that finds less than a page, also the items with only some of
        the words (or of a long word's parts), ranked below the full matches: ``fallback`` says so."""
        from .. import analysis

        groups = params.word_groups
        strict = self.find(params, groups)
        relaxed_groups = relaxable(groups)
        if strict.total >= RELAX_BELOW or not relaxed_groups:
            return strict
        if any(analysis.is_exact_number(params.number_key, doc.get("document_number"), doc.get("index_number"))
               for doc in strict.documents):
            # A 文号 or 索引号 that matched asks for that document, not for others of its year or number.
            return strict
        relaxed = self.find(params, relaxed_groups, require_all=False)
        if relaxed.total <= strict.total:
            return strict
        relaxed.fallback = PARTIAL
        return relaxed


def relaxable(groups):
    """The groups a relaxed match may take some of: the query's, or a lone long word's parts
    (政府信息公开年度报告 → 政府, 信息, 公开, 年度, 报告); None when there is nothing to relax."""
    from .. import analysis

    if len(groups) > 1:
        return groups
    if len(groups) == 1 and len(groups[0]) == 1:
        parts = analysis.word_parts(groups[0][0])
        if len(parts) > 1:
            return [[part] for part in parts]
    return None


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
