"""Chinese text analysis done in Python, so that it works on any Elasticsearch node and in the database.

The test node (integ-test-zip) has only Elasticsearch's core analyzers: no cjk, ngram or ik. So:

* ``segment()`` cuts text with jieba (search mode: long words also yield their sub-words) into a
  whitespace-separated string, indexed with the ``whitespace`` analyzer (the ``*_words`` fields);
* the plain fields use the ``standard`` analyzer, which emits one token per Chinese character, so a
  phrase query on them is a substring match: it catches every word jieba cut differently;
* ``bigrams()`` gives the database engine on PostgreSQL overlapping character pairs, the classic
  CJK trick that lets a GIN index find two-character words.

Queries go through ``query_terms()``/``query_words()``, the same for both engines.
"""

import html
import logging
import re
import threading
import unicodedata

from django.utils.safestring import mark_safe

# A query longer than this is cut (and the user told). Same limit as the search box.
MAX_QUERY_LENGTH = 100
# ... and so is a query of more words than this (a long document title has about 20). Each word
# is a condition in the database engine's SQL and in the Elasticsearch query, so this bounds both.
MAX_QUERY_WORDS = 32

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_WORD_TOKEN = re.compile(f"[{_CJK}]+|[0-9a-z]+")
_HAS_WORD_CHAR = re.compile(r"\w")
# 〔2019〕, [2019], 【2019】, (2019) and （2019） are all written for 文号 brackets.
_NUMBER_BRACKETS = str.maketrans({"[": "〔", "]": "〕", "【": "〔", "】": "〕", "(": "〔", ")": "〕",
                                  "［": "〔", "］": "〕", "（": "〔", "）": "〕", "﹝": "〔", "﹞": "〕"})

_jieba_lock = threading.Lock()
_jieba = None


def _segmenter():
    global _jieba
    if _jieba is None:
        with _jieba_lock:
            if _jieba is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                _jieba = jieba
    return _jieba


def preload():
    """Load jieba and its dictionary now (see SearchConfig.ready), not on the first search."""
    _segmenter()


def normalize(text):
    """Full-width to half-width, lower case, one space between runs."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    return " ".join(text.split())


def number_key(value):
    """A 文号 or 索引号 as typed, reduced to a comparable key (brackets, spaces, case)."""
    value = normalize(value).translate(_NUMBER_BRACKETS)
    return "".join(value.split())


def is_exact_number(key, *numbers):
    """Whether the query's number key is exactly one of ``numbers`` (a 文号 or 索引号 as stored)."""
    return bool(key) and any(key == number_key(number or "") for number in numbers)


def _is_word(token):
    return bool(_HAS_WORD_CHAR.search(token)) and token != "_"


def segment(text):
    """jieba search-mode words of ``text``, whitespace separated (for the ``*_words`` fields)."""
    text = normalize(text)
    if not text:
        return ""
    words = _segmenter().cut_for_search(text, HMM=False)
    return " ".join(word for word in (w.strip() for w in words) if word and _is_word(word))


def query_terms(query):
    """The whitespace-separated parts of a query, normalised: each one also counts as a phrase."""
    return [term for term in normalize(query).split(" ") if _is_word(term)]


def query_words(query):
    """The words every match must contain: jieba's accurate cut of each term, without punctuation.

    A long word that jieba's dictionary tiles with two-character words is replaced by them
    (数据共享 → 数据, 共享), so that a document with the words apart still matches; the whole
    term then only ranks higher (the phrase boosts of query.SCORE_*)."""
    words = []
    for term in query_terms(query):
        for word in _join_lone_characters(_segmenter().cut(term, HMM=False)):
            for piece in _tile(word):
                if piece not in words:
                    words.append(piece)
    return words


def _join_lone_characters(pieces):
    """jieba's pieces of one term, a lone Chinese character joined to its neighbour: a word the
    dictionary does not know (工单 → 工 + 单, 等保 → 等 + 保) stays one phrase instead of single
    characters that match any 工 of 工作; a number keeps its unit (2024年, 11月). A term that is
    itself one character is still looked up alone."""
    joined, adjacent = [], False
    for piece in pieces:
        piece = piece.strip()
        if not piece or not _is_word(piece):
            adjacent = False  # punctuation: what follows is a new word
            continue
        if adjacent and (_lone(piece) or _lone(joined[-1])):
            joined[-1] += piece
        else:
            joined.append(piece)
        adjacent = True
    return joined


def _lone(piece):
    return len(piece) == 1 and bool(_CJK_RUN.fullmatch(piece))


def word_parts(word):
    """The dictionary words inside one long word (two characters or more), for a relaxed match."""
    if len(word) < 3:
        return []
    parts = []
    for piece in _segmenter().cut_for_search(word, HMM=False):
        if len(piece) >= 2 and piece != word and _is_word(piece) and piece not in parts:
            parts.append(piece)
    return parts


def limit_query(query):
    """The longest prefix of ``query`` (stripped) with at most ``MAX_QUERY_LENGTH`` characters and
    ``MAX_QUERY_WORDS`` words."""
    query = (query or "").strip()[:MAX_QUERY_LENGTH]
    if len(query_words(query)) <= MAX_QUERY_WORDS:
        return query
    fits, too_long = 0, len(query)  # binary search on the prefix length
    while too_long - fits > 1:
        middle = (fits + too_long) // 2
        if len(query_words(query[:middle])) <= MAX_QUERY_WORDS:
            fits = middle
        else:
            too_long = middle
    return query[:fits].rstrip()


def _tile(word):
    if len(word) < 4 or not _CJK_RUN.fullmatch(word):
        return [word]
    pairs = {piece for piece in _segmenter().cut_for_search(word, HMM=False) if len(piece) == 2}
    pieces = [word[i : i + 2] for i in range(0, len(word), 2)]
    if len(word) % 2 == 0 and all(piece in pairs for piece in pieces):
        return pieces
    return [word]


def bigrams(text):
    """Index tokens for the database engine: CJK character pairs, plus each run's last character,
    and Latin/digit runs whole. ``'2024年度预算'`` → ``2024 年度 度预 预算 算``."""
    tokens = []
    for run in _WORD_TOKEN.findall(normalize(text)):
        if _CJK_RUN.fullmatch(run):
            tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
            tokens.append(run[-1])
        else:
            tokens.append(run)
    return tokens


def word_tokens(word):
    """How one query word is looked up among ``bigrams()`` tokens: a list of (token, is_prefix)."""
    tokens = []
    for run in _WORD_TOKEN.findall(normalize(word)):
        if _CJK_RUN.fullmatch(run):
            if len(run) == 1:
                tokens.append((run, True))
            else:
                tokens.extend((run[i : i + 2], False) for i in range(len(run) - 1))
        else:
            tokens.append((run, False))
    return tokens


def highlight(text, needles, length=120):
    """An HTML-escaped snippet of ``text`` around the first match, matches wrapped in ``<mark>``.

    Built from the indexed (public) text only, identically for both engines.
    """
    text = " ".join((text or "").split())
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).lower()
    if len(folded) != len(text):  # a character expanded under NFKC: match on the plain lower case
        folded = text.lower()
    needles = sorted({n for n in needles if n}, key=len, reverse=True)
    spans = []
    for needle in needles:
        start = folded.find(needle)
        while start != -1:
            end = start + len(needle)
            if not any(s < end and start < e for s, e in spans):
                spans.append((start, end))
            start = folded.find(needle, end)
    spans.sort()
    if spans:
        first = spans[0][0]
        begin = max(0, min(first - length // 4, len(text) - length))
    else:
        begin = 0
    end = min(len(text), begin + length)
    parts, cursor = [], begin
    for s, e in spans:
        if s < begin or e > end:
            continue
        parts.append(html.escape(text[cursor:s]))
        parts.append(f"<mark>{html.escape(text[s:e])}</mark>")
        cursor = e
    parts.append(html.escape(text[cursor:end]))
    snippet = "".join(parts)
    if begin > 0:
        snippet = "…" + snippet
    if end < len(text):
        snippet += "…"
    return mark_safe(snippet)  # noqa: S308 - every piece above is escaped
