"""What a query also means, worked out in one place before an engine is asked (``search.views``):

* the office's synonyms and abbreviations (``synonyms``): 年报 also finds 年度报告, and back;
* pinyin and its initials, mapped to words of the public titles (``vocabulary``): yusuan, ys → 预算.

Both go into ``SearchParams.expansions`` (query word → alternatives); the engines match a word when
any alternative does. ``correction()`` proposes the query a reader likely meant (您是不是要找).
"""

from dataclasses import dataclass, field

from . import analysis
from .synonyms import alternatives, synonym_groups


@dataclass
class Expansion:
    synonyms: dict = field(default_factory=dict)  # query word or term → the office's synonyms
    pinyin: dict = field(default_factory=dict)  # pinyin as typed → title words


def expand(params, titles):
    """Fill ``params.expansions`` (``titles``: the ``vocabulary.vocabulary()``); returns what was added,
    for the page to say so."""
    groups = synonym_groups()
    found = Expansion()
    query_words = params.words
    for key in [*query_words, *(term for term in params.terms if term not in query_words)]:
        synonyms = alternatives(key, groups)
        typed_as = titles.pinyin_words(key) if key in query_words else []
        if synonyms:
            found.synonyms[key] = synonyms
        if typed_as:
            found.pinyin[key] = typed_as
        if synonyms or typed_as:
            params.expansions[key] = [*synonyms, *(word for word in typed_as if word not in synonyms)]
    return found


def correction(query, titles):
    """The query with each likely typo replaced by the title word it resembles, or None.

    Each term is read left to right as the longest title words it starts with; what is left between
    them is a likely typo when a title word sounds the same (公开指难 → 公开指南: the input method
    offered the wrong character) or differs in one character (数据迁徙 → 数据迁移)."""
    corrected, changed = [], False
    for term in analysis.query_terms(query):
        text = term
        for unknown in _unknown_runs(term, titles):
            better = titles.correction(unknown)
            if better:
                text, changed = text.replace(unknown, better, 1), True
        corrected.append(text)
    return " ".join(corrected) if changed else None


def _unknown_runs(term, titles, longest=8):
    """The stretches of ``term`` that no title word covers, reading the longest known word at each step."""
    runs, run, i = [], "", 0
    while i < len(term):
        sizes = range(min(longest, len(term) - i), 1, -1)
        size = next((n for n in sizes if titles.knows(term[i:i + n])), 0)
        if size:
            if run:
                runs.append(run)
            run, i = "", i + size
        else:
            run, i = run + term[i], i + 1
    return [*runs, run] if run else runs
