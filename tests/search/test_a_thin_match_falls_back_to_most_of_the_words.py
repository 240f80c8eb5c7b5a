"""A query word no item uses does not empty the page: when every word together finds less than a
page, the items with most of the words follow the full matches, and the page is told so."""

import pytest

from tests.factories import DisclosureItemPageFactory

from .conftest import titles

pytestmark = pytest.mark.django_db


def test_a_missing_word_still_finds_the_item_below_the_full_matches(engine, committed, find, portal):
    finance = portal.categories["finance"]
    with committed():
        DisclosureItemPageFactory(parent=finance, title="部门预算公开", summary="本年度部门预算。")
        DisclosureItemPageFactory(parent=finance, title="部门预算专项督查情况", summary="督查结果。")
        DisclosureItemPageFactory(parent=finance, title="人事任免", summary="任免名单。")
    results = find("部门预算 督查")
    assert titles(results) == ["部门预算专项督查情况", "部门预算公开"]
    assert results.fallback == "partial"
    only_partial = find("部门预算 通报")
    assert set(titles(only_partial)) == {"部门预算专项督查情况", "部门预算公开"}
    assert only_partial.fallback == "partial"


def test_a_year_qualified_query_keeps_other_years_lower(engine, committed, find, portal):
    finance = portal.categories["finance"]
    with committed():
        DisclosureItemPageFactory(parent=finance, title="2023年部门预算", summary="")
        DisclosureItemPageFactory(parent=finance, title="2024年部门预算", summary="")
    assert titles(find("2024年 部门预算")) == ["2024年部门预算", "2023年部门预算"]


def test_a_long_word_falls_back_to_its_parts(engine, committed, find, portal):
    finance = portal.categories["finance"]
    with committed():
        DisclosureItemPageFactory(parent=finance, title="政务数据资源目录", summary="")
    results = find("政务数据资源共享目录清单")
    assert titles(results) == ["政务数据资源目录"]
    assert results.fallback == "partial"


def test_a_full_page_of_strict_matches_is_not_relaxed(engine, committed, find, portal):
    finance = portal.categories["finance"]
    with committed():
        for number in range(10):
            DisclosureItemPageFactory(parent=finance, title=f"部门预算督查第{number + 1}期", summary="")
        DisclosureItemPageFactory(parent=finance, title="部门预算公开", summary="")
    results = find("部门预算 督查")
    assert results.fallback is None
    assert results.total == 10
