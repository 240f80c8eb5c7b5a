"""Scoring an engine on the graded set: nDCG@10, MRR and recall@10 per kind of query.

* nDCG@10: gains 2^grade − 1, discounted by log2(rank + 1), over the ideal order of the judged items;
* MRR: 1 / rank of the first item graded 2 or 3 (0 when none is in the first 10);
* recall@10: the items graded 2 or 3 among the first 10, over min(10, how many there are).
"""

import math
import uuid
from collections import defaultdict
from contextlib import suppress
from dataclasses import dataclass

from django.db import transaction

from ..query import SearchParams, search
from .catalogue import documents
from .judgements import OFFICE_SYNONYMS, queries

CUTOFF = 10
RELEVANT = 2


@dataclass
class Score:
    ndcg: float
    mrr: float
    recall: float
    first: int | None  # page id ranked first


def score(ranked, grades):
    ranked = ranked[:CUTOFF]
    dcg = sum((2 ** grades.get(page_id, 0) - 1) / math.log2(rank + 2) for rank, page_id in enumerate(ranked))
    ideal = sorted(grades.values(), reverse=True)[:CUTOFF]
    idcg = sum((2**grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(ideal))
    relevant = {page_id for page_id, grade in grades.items() if grade >= RELEVANT}
    mrr = next((1 / (rank + 1) for rank, page_id in enumerate(ranked) if page_id in relevant), 0.0)
    recall = len(relevant & set(ranked)) / min(CUTOFF, len(relevant)) if relevant else 1.0
    return Score(dcg / idcg if idcg else 1.0, mrr, recall, ranked[0] if ranked else None)


class _RolledBack(Exception):
    """Raised at the end of the scoring transaction so that it is rolled back."""


def run(engine_name):
    """{query: Score} for one engine ("database" or "elasticsearch"), over a throw-away index.

    Each query is expanded as the search page expands it (the office's synonyms of the graded set,
    pinyin from the titles' vocabulary), and where the page offers 您是不是要找 the reader is taken to
    follow it: the score is of the corrected query's results. Everything is rolled back afterwards,
    so the site's own index and synonyms are left as they were."""
    from django.conf import settings

    from .. import expansion
    from ..engines import database_engine
    from ..engines.elasticsearch import ElasticsearchEngine
    from ..models import Synonym
    from ..vocabulary import vocabulary

    judged = queries()
    docs = documents()
    results = {}

    def evaluate():
        titles = vocabulary()
        for query in judged:
            text = expansion.correction(query.text, titles) or query.text
            params = SearchParams(query=text, page_size=CUTOFF)
            expansion.expand(params, titles)
            results[query] = score([hit.page_id for hit in search(params).hits], query.grades)

    url, prefix = settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_INDEX_PREFIX
    engine = None
    try:
        with suppress(_RolledBack), transaction.atomic():
            Synonym.objects.all().delete()
            Synonym.objects.bulk_create(Synonym(words=words) for words in OFFICE_SYNONYMS)
            database_engine().rebuild([docs], version=1)  # also the vocabulary of the titles
            if engine_name == "database":
                settings.ELASTICSEARCH_URL = ""
            else:
                settings.ELASTICSEARCH_INDEX_PREFIX = f"relevance-{uuid.uuid4().hex[:8]}"
                engine = ElasticsearchEngine()
                engine.rebuild([docs], version=1)
                engine.refresh()
            evaluate()
            raise _RolledBack  # the site's own index and synonyms are left as they were
    finally:
        if engine is not None:
            engine.drop()
        settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_INDEX_PREFIX = url, prefix
    return results


def by_kind(results):
    """kind → (queries, nDCG@10, MRR, recall@10), and "all"."""
    groups = defaultdict(list)
    for query, result in results.items():
        groups[query.kind].append(result)
        groups["all"].append(result)
    return {kind: (len(scores), *(sum(getattr(s, name) for s in scores) / len(scores)
                                  for name in ("ndcg", "mrr", "recall")))
            for kind, scores in groups.items()}
