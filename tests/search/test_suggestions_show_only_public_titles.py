"""Issue 14 item 9: suggestions while typing (/search/suggest/?q=…) come from this site only: public
titles, title words typed in pinyin and popular searches; never a page that is not public; the
work per request is bounded and the answer cached (the leak walk of tests/moderation covers the URL
for every non-public state)."""

import pytest
from django.utils import timezone

from search.models import QueryCount
from tests.factories import DisclosureItemPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def items(portal, committed):
    with committed():
        public = DisclosureItemPageFactory(parent=portal.categories["finance"], title="2024年部门预算公开", slug="budget-2024")
        DisclosureItemPageFactory(parent=portal.categories["finance"], title="部门预算内部讨论稿", live=False)
    return public


def suggest(client, typed):
    response = client.get("/search/suggest/", {"q": typed})
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    return response.json()["suggestions"]


def test_titles_containing_the_typed_text(items, client):
    found = suggest(client, "部门")
    assert found == [{"text": "2024年部门预算公开", "kind": "title", "url": items.url}]


def test_pinyin_and_popular_searches(items, client, settings):
    settings.CATALOGUE_SEARCH_POPULAR_MIN_COUNT = 2
    QueryCount.objects.create(query="部门预算公开", day=timezone.localdate(), count=4)
    assert {"text": "预算", "kind": "word"} in suggest(client, "yus")
    assert suggest(client, "部门预")[0] == {"text": "部门预算公开", "kind": "query"}


def test_bounded_and_cached(items, client):
    assert suggest(client, "") == []
    assert suggest(client, "预" * 500) == []
    response = client.get("/search/suggest/", {"q": "预算"})
    assert "max-age=60" in response["Cache-Control"]
    assert client.post("/search/suggest/", {"q": "预算"}).status_code == 405


def test_a_page_taken_off_the_site_leaves_the_suggestions_at_once(items, client, committed, settings):
    settings.CATALOGUE_SEARCH_POPULAR_MIN_COUNT = 1
    QueryCount.objects.create(query="部门预算公开", day=timezone.localdate(), count=4)
    assert len(suggest(client, "部门预算")) == 2  # the popular query and the title, now cached
    with committed():
        items.withdraw("已被新文件替代。")
    assert suggest(client, "部门预算") == []
