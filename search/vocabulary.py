"""The words of the public titles, with their pinyin: what pinyin queries, 您是不是要找 and the
suggestions while typing are drawn from.

Built from the database engine's table (``IndexedDocument``, which holds public pages only and is kept
up to date whichever engine answers), so no word of a non-public page can be offered. Kept per process
and rebuilt when the index or the synonyms change (for 100,000 titles that takes a few seconds, once
per publication; a search reads the index generation, one row, to know).
"""

import re
import threading
from collections import Counter, defaultdict

from pypinyin import Style, lazy_pinyin

from . import analysis

_CJK_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,8}")
_LETTERS = re.compile(r"[a-z]{2,40}")
# An initials query (ys) maps to at most this many words, the most frequent in the titles.
MAX_INITIALS_WORDS = 5


def pinyin_of(word):
    """(full pinyin without tones, initials): 预算 → ("yusuan", "ys")."""
    syllables = lazy_pinyin(word, style=Style.NORMAL, errors="ignore")
    return "".join(syllables), "".join(syllable[0] for syllable in syllables if syllable)


def is_pinyin_like(token):
    """Latin letters only, as pinyin or its initials are typed (yusuan, ys)."""
    return bool(_LETTERS.fullmatch(token))


class Vocabulary:
    def __init__(self, titles, extra_words=()):
        self.frequency, self.characters = Counter(), set()
        normalized = []
        for title in titles:
            self.frequency.update({word for word in analysis.segment(title).split() if len(word) > 1})
            normalized.append(analysis.normalize(title))
            self.characters.update(normalized[-1])
        # Every title's text, so a stretch written as some title writes it is never taken for a typo
        # (算力 is no jieba word, yet 算力网络 is in the titles: it must not become 权力).
        self._text = "\n".join(normalized)
        for word in extra_words:
            self.frequency[word] += 0
        self.by_pinyin, self.by_initials = defaultdict(list), defaultdict(list)
        self._by_syllable = defaultdict(list)  # suan → 算, … (characters of the titles)
        for character in sorted(self.characters):
            if _CJK_WORD.fullmatch(character * 2):
                self._by_syllable[pinyin_of(character)[0]].append(character)
        self._one_off = defaultdict(list)  # 预?, ?算 → 预算 (words one character away)
        for word in sorted(self.frequency, key=lambda w: (-self.frequency[w], w)):
            if not _CJK_WORD.fullmatch(word):
                continue
            full, initials = pinyin_of(word)
            self.by_pinyin[full].append(word)
            self.by_initials[initials].append(word)
            for i in range(len(word)):
                self._one_off[word[:i] + "?" + word[i + 1:]].append(word)

    def knows(self, word):
        return word in self.frequency

    def uses(self, word):
        """A word of the titles, or a single character of them."""
        return self.knows(word) or (len(word) == 1 and word in self.characters)

    def pinyin_words(self, token):
        """The title words typed as ``token`` in pinyin (yusuan → 预算) or as initials (ys → 预算, …)."""
        if not is_pinyin_like(token) or self.knows(token):
            return []
        return (self.by_pinyin.get(token) or self.by_initials.get(token, [])[:MAX_INITIALS_WORDS]
                or self._spelled_phrases(token))

    def _spelled_phrases(self, token, budget=300):
        """Phrases of the titles typed as ``token`` when it is no single word's pinyin: zhihuichengshi →
        智慧城市 (two words), suanli → 算力 (no jieba word, but written so in the titles). Read left to
        right from words' and characters' pinyin, keeping only what some title writes (which bounds the
        search); at most ``budget`` steps."""
        if len(token) < 4:
            return []
        found, frontier = [], [(0, "")]
        while frontier and budget > 0:
            position, text = frontier.pop()
            if position == len(token):
                found.append(text)
                continue
            for end in range(position + 1, min(len(token), position + 30) + 1):
                piece = token[position:end]
                for hanzi in dict.fromkeys([*self.by_pinyin.get(piece, [])[:5], *self._by_syllable.get(piece, [])]):
                    budget -= 1
                    if text + hanzi in self._text:
                        frontier.append((end, text + hanzi))
        return sorted(set(found), key=lambda phrase: (len(phrase), -self._text.count(phrase)))[:MAX_INITIALS_WORDS]

    def completions(self, prefix, limit):
        """Title words whose pinyin starts with ``prefix`` (or whose initials are it), most frequent first."""
        if not is_pinyin_like(prefix):
            return []
        found = [word for full, words in self.by_pinyin.items() if full.startswith(prefix) for word in words]
        found += self.by_initials.get(prefix, [])
        return sorted(dict.fromkeys(found), key=lambda w: -self.frequency[w])[:limit]

    def correction(self, word):
        """A title word that ``word`` (unknown to the titles) is likely a typo of: one written with the
        same pinyin (a homophone picked from the input method), else one differing in one character."""
        if self.knows(word) or not _CJK_WORD.fullmatch(word) or word in self._text:
            return None
        homophones = self.by_pinyin.get(pinyin_of(word)[0], [])
        if homophones:
            return homophones[0]
        near = [candidate for i in range(len(word)) for candidate in self._one_off.get(word[:i] + "?" + word[i + 1:], [])]
        return max(near, key=lambda w: self.frequency[w]) if near else None


_lock = threading.Lock()
_current = {"stamp": None, "vocabulary": None}


def index_stamp():
    """Changes with every write to the database engine's table (its generation token)."""
    from .models import IndexState

    return IndexState.current()


def vocabulary():
    """The vocabulary of the public titles (and the office's synonyms) as they are now: rebuilt
    after any change of the index or of the synonyms, so a page taken off the site takes its words
    with it at once."""
    from .models import IndexedDocument
    from .synonyms import synonym_groups

    groups = synonym_groups()
    stamp = (index_stamp(), tuple(map(tuple, groups)))
    with _lock:
        if _current["vocabulary"] is None or stamp != _current["stamp"]:
            titles = IndexedDocument.objects.values_list("title", flat=True).iterator(chunk_size=2000)
            _current["vocabulary"] = Vocabulary(titles, extra_words=[word for group in groups for word in group])
            _current["stamp"] = stamp
        return _current["vocabulary"]
