"""The public page at /search/?q=: results, facets, no-results help, empty and overlong queries."""

import pytest

from tests.factories import DisclosureItemPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(portal, committed):
    with committed():
        return DisclosureItemPageFactory(parent=portal.categories["finance"], title="2024年部门预算公开",
                                         summary="部门预算收支总表。")


def test_the_page_lists_hits_with_facets(engine, item, client):
    response = client.get("/search/", {"q": "预算"})
    assert response.status_code == 200
    assert response.context["search_query"] == "预算"
    html = response.content.decode()
    assert '<main id="main"' in html and 'role="search"' in html
    assert "<mark>预算</mark>" in html
    assert item.url in html
    assert "共找到 <strong>1</strong> 条结果" in html
    assert "财政预决算" in html  # the category facet's label
    assert '<label for="search-q">检索词</label>' in html


def test_no_results_suggests_dropping_a_filter(engine, item, client):
    response = client.get("/search/", {"q": "预算", "validity": "repealed"})
    html = response.content.decode()
    assert "没有找到与“预算”相符的公开信息" in html
    assert "去掉筛选条件" in html and "有效性：废止" in html
    assert "去掉全部筛选条件" in html


def test_an_empty_query_asks_for_one(engine, item, client):
    response = client.get("/search/", {"q": "   "})
    assert response.status_code == 200
    assert response.context["results"] is None
    assert "请输入要检索的词语" in response.content.decode()


def test_an_overlong_query_is_cut_and_the_user_told(engine, item, client):
    response = client.get("/search/", {"q": "预算" + "很" * 500})
    assert response.status_code == 200
    assert len(response.context["search_query"]) == 100
    assert "检索词过长" in response.content.decode()


def test_bad_parameters_never_fail_the_page(engine, item, client):
    response = client.get("/search/", {"q": "预算", "page": "abc", "year": "x'; drop", "date_from": "2024-13-45",
                                       "category": "nonsense", "sort": "???"})
    assert response.status_code == 200
    assert "请按 年-月-日 格式填写日期" in response.content.decode()


def test_page_links_keep_the_query_and_filters(engine, portal, committed, client):
    with committed():
        for n in range(11):
            DisclosureItemPageFactory(parent=portal.categories["finance"], title=f"预算公告{n}")
    response = client.get("/search/", {"q": "预算", "category": "finance"})
    assert response.context["next_url"] == "?q=%E9%A2%84%E7%AE%97&category=finance&page=2"
    second = client.get("/search/" + response.context["next_url"])
    assert len(second.context["results"].hits) == 1
