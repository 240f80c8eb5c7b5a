"""Issue 14 item 9: popular searches are counted as aggregates per normalised query per (Beijing) day,
never with an address, session or user; shown on the search page once searched often enough, and only
when every word of the query is a word of a public title."""

import pytest
from django.utils import timezone

from search.models import QueryCount
from tests.factories import DisclosureItemPageFactory, UserFactory

pytestmark = pytest.mark.django_db

ADDRESS = "203.0.113.77"


@pytest.fixture
def items(portal, committed):
    with committed():
        DisclosureItemPageFactory(parent=portal.categories["finance"], title="2024年部门预算公开", slug="budget-2024")


def popular(client):
    return [entry["query"] for entry in client.get("/search/").context["popular_searches"]]


def test_the_count_holds_the_query_the_day_and_a_number_only(engine, items, client):
    assert {field.name for field in QueryCount._meta.get_fields()} == {"id", "query", "day", "count"}
    client.force_login(UserFactory(username="citizen_zhang"))
    client.get("/search/", {"q": "  部门预算 "}, REMOTE_ADDR=ADDRESS, HTTP_X_FORWARDED_FOR=ADDRESS)
    client.logout()
    client.get("/search/", {"q": "部门预算"}, REMOTE_ADDR="198.51.100.9")
    rows = list(QueryCount.objects.values("query", "day", "count"))
    assert rows == [{"query": "部门预算", "day": timezone.localdate(), "count": 2}]


@pytest.mark.usefixtures("at_any_hour")
def test_a_query_is_counted_on_the_beijing_day(engine, items, client):
    client.get("/search/", {"q": "预算"})
    assert QueryCount.objects.get().day == timezone.localdate()


def test_popular_after_enough_searches_with_results(engine, items, client, settings):
    settings.CATALOGUE_SEARCH_POPULAR_MIN_COUNT = 3
    for _ in range(2):
        client.get("/search/", {"q": "部门预算"})
    assert popular(client) == []
    client.get("/search/", {"q": "部门预算"})
    assert popular(client) == ["部门预算"]
    html = client.get("/search/").content.decode()
    assert "热门检索" in html and 'href="?q=%E9%83%A8%E9%97%A8%E9%A2%84%E7%AE%97"' in html
    for _ in range(5):  # a query that finds nothing is not counted
        client.get("/search/", {"q": "不存在的词语"})
    assert not QueryCount.objects.filter(query="不存在的词语").exists()


def test_only_words_of_public_titles_are_shown(engine, items, client, settings, portal, committed):
    settings.CATALOGUE_SEARCH_POPULAR_MIN_COUNT = 1
    with committed():
        DisclosureItemPageFactory(parent=portal.categories["finance"], title="涉密预算草案", live=False)
    today = timezone.localdate()
    QueryCount.objects.create(query="涉密 预算", day=today, count=50)  # counted while it was public, say
    QueryCount.objects.create(query="预算 badword", day=today, count=50)
    QueryCount.objects.create(query="部门预算", day=today, count=5)
    assert popular(client) == ["部门预算"]
