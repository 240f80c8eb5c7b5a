"""Odd input on the public search page gets a clear answer, never a 500: a bad filter or page number
is left out and the page says so in Chinese; an overlong query is cut and the page says where."""

import random

import pytest

from search import analysis
from search.query import MAX_FACET_VALUES, SearchParams
from tests.factories import DisclosureItemPageFactory, SectionFactory

pytestmark = pytest.mark.django_db

TITLE = "中卫市云计算和大数据发展局关于2024年度部门预算及“三公”经费预算情况的说明"


@pytest.fixture
def item(portal, committed):
    with committed():
        return DisclosureItemPageFactory(parent=portal.categories["finance"], title=TITLE,
                                         publisher=SectionFactory(name="办公室", code="office"))


def distinct_characters(count):
    """``count`` different Chinese characters in a fixed random order: jieba cuts them one by one."""
    return "".join(random.Random(count).sample([chr(c) for c in range(0x4E00, 0x9FA5)], count))


def get(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    return response, response.content.decode()


@pytest.mark.parametrize("name, value, label", [
    ("publisher", "²", "来源"),
    ("year", "²", "年份"),
    ("year", "２０２４", "年份"),
    ("publisher", "9" * 20, "来源"),
    ("year", "9" * 20, "年份"),
    ("year", "0", "年份"),
    ("publisher", "-1", "来源"),
    ("category", "nonsense", "信息分类"),
    ("validity", "<b>", "有效性"),
])
def test_a_bad_filter_value_is_ignored_with_a_notice(engine, item, client, name, value, label):
    response, html = get(client, q="预算", **{name: value})
    assert "已忽略无效的筛选条件" in html and label in html
    assert response.context["results"].total == 1  # searched as if the filter were not there
    assert response.context["params"].filters == {}
    assert response.context["next_url"] == "" and all(
        (name, value) != pair for pair in response.context["hidden_fields"])  # not passed on


def test_the_valid_values_of_a_filter_still_apply(engine, item, client):
    response, html = get(client, q="预算", year=["1999", "²"])
    assert "已忽略无效的筛选条件：年份“²”" in html
    assert response.context["params"].filters == {"year": ["1999"]}
    assert response.context["results"].total == 0


@pytest.mark.parametrize("page", ["²", "１", "-1", "9" * 20, "2.5"])
def test_a_bad_page_number_shows_the_first_page_with_a_notice(engine, item, client, page):
    response, html = get(client, q="预算", page=page)
    assert "无效，已显示第 1 页" in html
    assert response.context["results"].page == 1 and response.context["results"].total == 1


@pytest.mark.parametrize("day", ["2024-0²-01", "٢٠٢٤-٠٣-٠١", "99999-01-01", "2024-02-30"])
def test_a_bad_date_is_ignored_with_a_notice(engine, item, client, day):
    response, html = get(client, q="预算", date_from=day)
    assert "请按 年-月-日 格式填写日期" in html
    assert response.context["results"].total == 1


def test_a_query_of_many_distinct_characters_is_cut_with_a_notice(engine, item, client):
    query = distinct_characters(500)
    response, html = get(client, q=query)
    kept = response.context["search_query"]
    assert query.startswith(kept) and 0 < len(kept) <= analysis.MAX_QUERY_LENGTH
    assert len(analysis.query_words(kept)) <= analysis.MAX_QUERY_WORDS
    assert f"检索词过长，已截取前 {len(kept)} 个字检索。" in html
    assert response.context["results"].total == 0


def test_many_words_are_cut_at_the_word_limit(engine, item, client):
    query = " ".join("abcdefghijklmnopqrstuvwxyz0123456789")  # 36 words in 71 characters
    response, html = get(client, q=query)
    kept = response.context["search_query"]
    assert query.startswith(kept) and len(kept) < len(query)
    assert len(analysis.query_words(kept)) <= analysis.MAX_QUERY_WORDS
    assert f"检索词过长，已截取前 {len(kept)} 个字检索。" in html


def test_a_whole_document_title_is_searched_uncut(engine, item, client):
    response, html = get(client, q=TITLE)
    assert "检索词过长" not in html
    assert response.context["search_query"] == TITLE and response.context["results"].total == 1


def test_search_params_keep_only_valid_filters_and_a_bounded_query():
    """The service layer checks too, whoever builds the parameters."""
    params = SearchParams(query=distinct_characters(500),
                          filters={"year": ["²", "9" * 20, "2024"], "publisher": ["0", "12"] + ["7"] * 30,
                                   "category": ["finance", "x"], "unknown": ["1"]})
    assert params.filters == {"year": ["2024"], "publisher": ["12"] + ["7"] * (MAX_FACET_VALUES - 1),
                              "category": ["finance"]}
    assert len(params.words) <= analysis.MAX_QUERY_WORDS
