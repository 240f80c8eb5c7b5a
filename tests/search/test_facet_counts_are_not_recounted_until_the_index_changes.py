"""The database engine counts facets once per query and index state: the next page, or the same
search again, reads the counts from the cache; any write to the index makes them count afresh."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import DisclosureItemPageFactory

pytestmark = pytest.mark.django_db


def grouped_queries(captured):
    return [query["sql"] for query in captured.captured_queries if "GROUP BY" in query["sql"].upper()]


def test_paging_does_not_recount_and_a_new_item_is_counted(committed, find, portal, settings):
    settings.ELASTICSEARCH_URL = ""
    finance = portal.categories["finance"]
    with committed():
        for number in range(12):
            DisclosureItemPageFactory(parent=finance, title=f"部门预算公开第{number + 1}号", summary="")
    first = find("部门预算")
    assert first.total == 12
    with CaptureQueriesContext(connection) as captured:
        second_page = find("部门预算", page=2)
    assert grouped_queries(captured) == []
    assert second_page.total == 12 and second_page.facets == first.facets
    with committed():
        DisclosureItemPageFactory(parent=finance, title="部门预算公开第13号", summary="")
    assert find("部门预算").total == 13


@pytest.mark.postgres
def test_word_document_counts_are_counted_once_per_index_state(committed, find, portal, settings):
    """PostgreSQL's BM25 needs each query word's document count (its rarity): counted once, then read
    from the cache until the index changes, like the facets."""
    settings.ELASTICSEARCH_URL = ""
    finance = portal.categories["finance"]
    with committed():
        for number in range(3):
            DisclosureItemPageFactory(parent=finance, title=f"部门预算公开第{number + 1}号", summary="")

    def counts(captured):
        return [q["sql"] for q in captured.captured_queries if "COUNT(*)" in q["sql"] and "@@" in q["sql"]]

    with CaptureQueriesContext(connection) as first:
        assert find("部门 预算").total == 3
    assert counts(first)
    with CaptureQueriesContext(connection) as again:
        find("部门 预算", page=1, sort="relevance")
    assert counts(again) == []
    with committed():
        DisclosureItemPageFactory(parent=finance, title="部门预算公开第4号", summary="")
    with CaptureQueriesContext(connection) as after_a_change:
        assert find("部门 预算").total == 4
    assert counts(after_a_change)


@pytest.mark.parametrize("engine", ["elasticsearch"], indirect=True)
def test_elasticsearch_answers_the_next_page_s_counts_from_its_request_cache(engine, committed, find, portal):
    """Elasticsearch counts the facets in a search of no hits sent with the page's (one msearch):
    its shard request cache answers the same counts for the next page until the index refreshes."""
    from search.engines import elasticsearch_engine

    finance = portal.categories["finance"]
    with committed():
        for number in range(12):
            DisclosureItemPageFactory(parent=finance, title=f"部门预算公开第{number + 1}号", summary="")
    elastic = elasticsearch_engine()

    def cache_hits():
        stats = elastic.client.indices.stats(index=elastic.alias, metric="request_cache")
        return stats["_all"]["total"]["request_cache"]["hit_count"]

    first = find("部门预算")
    before = cache_hits()
    second_page = find("部门预算", page=2)
    assert cache_hits() > before
    assert second_page.total == first.total == 12 and second_page.facets == first.facets
    assert [(value.value, value.count) for value in first.facets["category"]] == [("finance", 12)]
