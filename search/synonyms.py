"""Synonyms and abbreviations the general office keeps in the admin (设置 → 同义词).

Applied at query time (``expansion.expand``): a query word that is one of a group's words also
matches each other word of the group, on both engines, from the next search on. The index is never
rewritten, so a change needs no reindexing.
"""

import re

from . import analysis

# Words of a group are separated by commas (half- and full-width), 顿号, semicolons, slashes or spaces.
_SEPARATORS = re.compile(r"[,，、;；/|\s]+")
MAX_TERM_LENGTH = 30


def split_terms(text):
    """The distinct words of a group as the office wrote them, in order."""
    terms, seen = [], set()
    for term in _SEPARATORS.split(text or ""):
        key = analysis.normalize(term)
        if term and key not in seen and any(ch.isalnum() for ch in term):
            terms.append(term)
            seen.add(key)
    return terms


def validate_group(text):
    """A Chinese message when ``text`` is not a usable group, else None."""
    terms = split_terms(text)
    if len(terms) < 2:
        return "请至少填写两个意思相同的词，用逗号分开，例如：年报，年度报告。"
    too_long = [term for term in terms if len(term) > MAX_TERM_LENGTH]
    if too_long:
        return f"“{too_long[0][:MAX_TERM_LENGTH]}…”过长：每个词不超过 {MAX_TERM_LENGTH} 个字。"
    return None


def synonym_groups():
    """Every group as a list of normalised words (one small query; read on each search, so a change
    in the admin counts at once in every worker)."""
    from .models import Synonym

    return [[analysis.normalize(term) for term in split_terms(words)]
            for words in Synonym.objects.values_list("words", flat=True)]


def alternatives(phrase, groups):
    """The other words of every group ``phrase`` (normalised) belongs to."""
    found = []
    for group in groups:
        if phrase in group:
            found += [term for term in group if term != phrase and term not in found]
    return found
