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

    A typo is a word of two or more Chinese characters that no public title uses while one that sounds
    the same (迁徙 → 迁移 differs; 公开指难 → 公开指南 sounds alike) or differs in one character does;
    characters jieba leaves single (预箅 → 预, 箅) are taken together."""
    corrected, changed = [], False
    for term in analysis.query_terms(query):
        pieces = []  # [text, is a run of single characters]
        for word in analysis.query_words(term):
            if len(word) == 1 and pieces and pieces[-1][1]:
                pieces[-1][0] += word
            else:
                pieces.append([word, len(word) == 1])
        text = term
        for piece, _ in pieces:
            better = titles.correction(piece)
            if better and piece in text:
                text, changed = text.replace(piece, better, 1), True
        corrected.append(text)
    return " ".join(corrected) if changed else None
