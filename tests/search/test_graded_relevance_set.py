"""The graded relevance set (search/relevance/) scores as docs/search.md says: a 文号 or 索引号
always first, nDCG@10 ≥ 0.95 over the whole set and ≥ 0.85 for every kind of query, scored as the
search page answers (synonyms, pinyin, 您是不是要找 followed)."""

import pytest

from search.relevance import evaluate
from search.relevance.judgements import queries

pytestmark = pytest.mark.django_db

def test_ndcg_mrr_and_recall_are_computed_from_the_grades():
    perfect = evaluate.score([1, 2, 3], {1: 3, 2: 2, 3: 1})
    assert (perfect.ndcg, perfect.mrr, perfect.recall) == (1.0, 1.0, 1.0)
    reversed_order = evaluate.score([3, 2, 1], {1: 3, 2: 2, 3: 1})
    assert reversed_order.ndcg < 1.0 and reversed_order.mrr == 0.5
    assert evaluate.score([9], {1: 3}).ndcg == 0.0


def test_the_set_has_over_a_hundred_judged_queries_of_every_kind():
    judged = queries()
    assert len(judged) >= 100
    assert {query.kind for query in judged} == {"number", "index", "title", "topic", "body", "year", "variant",
                                                 "typo", "synonym", "pinyin"}
    assert all(query.grades and query.reason for query in judged)


def test_each_engine_ranks_the_set_as_documented(engine):
    results = evaluate.run(engine)
    for query, result in results.items():
        if query.kind in ("number", "index"):
            assert query.grades.get(result.first) == 3, query.text
    kinds = evaluate.by_kind(results)
    assert kinds["all"][1] >= 0.95
    for kind, (_, ndcg, _, _) in kinds.items():
        assert ndcg >= 0.85, kind
