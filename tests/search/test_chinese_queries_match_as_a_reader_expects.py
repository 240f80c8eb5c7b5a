"""Chinese queries: two-character words, phrases over scattered characters, title over body,
exact 文号/索引号 first, mixed Chinese/Latin/digit queries — the same on both engines."""

import datetime

import pytest

from tests.factories import DisclosureItemPageFactory

from .conftest import titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def finance(portal):
    return portal.categories["finance"]


def test_a_two_character_word_finds_items_containing_it(engine, committed, find, finance):
    with committed():
        DisclosureItemPageFactory(parent=finance, title="2024年部门预算执行情况说明", summary="收支总体情况。")
        DisclosureItemPageFactory(parent=finance, title="政府采购意向公开", summary="采购项目清单。")
        DisclosureItemPageFactory(parent=finance, title="机构职能", summary="本局主要职责。")
    assert titles(find("预算")) == ["2024年部门预算执行情况说明"]
    assert titles(find("采购")) == ["政府采购意向公开"]


def test_a_word_inside_a_longer_word_is_found(engine, committed, find, finance):
    with committed():
        DisclosureItemPageFactory(parent=finance, title="关于预算法实施条例的学习通知", summary="")
    assert titles(find("预算")) == ["关于预算法实施条例的学习通知"]
    assert titles(find("实施")) == ["关于预算法实施条例的学习通知"]


def test_a_whole_phrase_ranks_above_its_characters_apart(engine, committed, find, finance):
    with committed():
        DisclosureItemPageFactory(parent=finance, title="数据资源目录", summary="政务服务的共享平台上线，数据开放。")
        DisclosureItemPageFactory(parent=finance, title="资源目录编制", summary="推进政务数据共享工作。")
    results = find("政务数据共享")
    assert titles(results) == ["资源目录编制", "数据资源目录"]


def test_a_title_match_ranks_above_a_body_match(engine, committed, find, finance):
    with committed():
        DisclosureItemPageFactory(parent=finance, title="年度工作总结", summary="其中包括大数据产业发展情况。")
        DisclosureItemPageFactory(parent=finance, title="大数据产业发展报告", summary="年度报告。")
    assert titles(find("大数据产业")) == ["大数据产业发展报告", "年度工作总结"]


def test_an_exact_document_number_finds_its_item_first(engine, committed, find, finance):
    with committed():
        wanted = DisclosureItemPageFactory(parent=finance, title="关于印发办法的通知", document_number="卫云数发〔2019〕12号")
        DisclosureItemPageFactory(parent=finance, title="卫云数发2019年工作要点，第12号文件说明",
                                  document_number="卫云数发〔2019〕120号")
    assert titles(find("卫云数发〔2019〕12号"))[0] == wanted.title
    # the brackets people actually type are accepted too
    assert titles(find("卫云数发[2019]12号"))[0] == wanted.title


def test_an_exact_index_number_finds_its_item_first(engine, committed, find, finance):
    with committed():
        first = DisclosureItemPageFactory(parent=finance, title="第一条")
        DisclosureItemPageFactory(parent=finance, title="第二条")
    results = find(first.index_number)
    assert results.hits[0].title == "第一条"
    assert results.hits[0].index_number == first.index_number


def test_mixed_chinese_latin_and_digit_queries(engine, committed, find, finance):
    with committed():
        DisclosureItemPageFactory(parent=finance, title="2024年预算公开", summary="", document_number="")
        DisclosureItemPageFactory(parent=finance, title="2023年预算公开", summary="", document_number="",
                                  creation_date=datetime.date(2023, 3, 1))
        DisclosureItemPageFactory(parent=finance, title="数据安全技术规范", summary="依据GB/T 35273-2020编制。")
    # the other year's item still comes, below the full match (a relaxed match, see test_fallback_…)
    assert titles(find("2024年 预算")) == ["2024年预算公开", "2023年预算公开"]
    assert titles(find("GB/T")) == ["数据安全技术规范"]
    assert titles(find("gb/t 35273")) == ["数据安全技术规范"]


def test_items_with_every_word_come_before_items_with_some(engine, committed, find, finance):
    with committed():
        DisclosureItemPageFactory(parent=finance, title="预算公开", summary="")
        DisclosureItemPageFactory(parent=finance, title="预算和采购公开", summary="")
        DisclosureItemPageFactory(parent=finance, title="人事任免", summary="")
    assert titles(find("预算 采购"))[0] == "预算和采购公开"
    assert set(titles(find("预算 采购"))) == {"预算和采购公开", "预算公开"}
