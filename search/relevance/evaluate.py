"""Scoring an engine on the graded set: nDCG@10, MRR and recall@10 per kind of query.

* nDCG@10: gains 2^grade − 1, discounted by log2(rank + 1), over the ideal order of the judged items;
* MRR: 1 / rank of the first item graded 2 or 3 (0 when none is in the first 10);
* recall@10: the items graded 2 or 3 among the first 10, over min(10, how many there are).
"""

import math
import uuid
from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction

from ..query import SearchParams, search
from .catalogue import documents
from .judgements import queries

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
    pass


def run(engine_name, expand=None):
    """{query: Score} for one engine ("database" or "elasticsearch"), over a throw-away index.

    ``expand(params)`` may fill ``params.expansions`` (synonyms, pinyin) before each search."""
    from django.conf import settings

    from ..engines import database_engine
    from ..engines.elasticsearch import ElasticsearchEngine

    judged = queries()
    docs = documents()
    results = {}

    def evaluate():
        for query in judged:
            params = SearchParams(query=query.text, page_size=CUTOFF)
            if expand:
                expand(params)
            results[query] = score([hit.page_id for hit in search(params).hits], query.grades)

    if engine_name == "database":
        url = settings.ELASTICSEARCH_URL
        settings.ELASTICSEARCH_URL = ""
        try:
            with transaction.atomic():
                database_engine().rebuild([docs], version=1)
                evaluate()
                raise _RolledBack  # the site's own index is left as it was
        except _RolledBack:
            pass
        finally:
            settings.ELASTICSEARCH_URL = url
        return results
    prefix = settings.ELASTICSEARCH_INDEX_PREFIX
    settings.ELASTICSEARCH_INDEX_PREFIX = f"relevance-{uuid.uuid4().hex[:8]}"
    engine = ElasticsearchEngine()
    try:
        engine.rebuild([docs], version=1)
        engine.refresh()
        evaluate()
    finally:
        engine.drop()
        settings.ELASTICSEARCH_INDEX_PREFIX = prefix
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
