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
