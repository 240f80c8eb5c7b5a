"""Ranking is a relevance model (BM25 on Elasticsearch and SQLite's FTS5, BM25's rarity and term
frequency on PostgreSQL) under the field weights: how often a word occurs in an item and how rare
it is in the catalogue order items that the fixed boosts alone would tie (and break by date)."""

import datetime

import pytest

from tests.factories import DisclosureItemPageFactory

from .conftest import titles

pytestmark = pytest.mark.django_db


def test_an_item_saying_the_words_more_often_ranks_first(engine, committed, find, portal):
    finance = portal.categories["finance"]
    with committed():
        DisclosureItemPageFactory(parent=finance, title="办公设备处置情况", creation_date=datetime.date(2024, 1, 5),
                                  summary="本次处置涉及资产报废。资产报废经审批，资产报废清单附后。")
        DisclosureItemPageFactory(parent=finance, title="办公设备采购情况", creation_date=datetime.date(2024, 6, 5),
                                  summary="部分旧设备已按资产报废程序处理。")
    # both have the words once or more in the text only; the newer one would win a tie on date
    assert titles(find("资产 报废")) == ["办公设备处置情况", "办公设备采购情况"]


def test_a_rare_word_in_the_title_outweighs_a_common_one(engine, committed, find, portal):
    finance = portal.categories["finance"]
    with committed():
        for number in range(6):
            DisclosureItemPageFactory(parent=finance, title=f"中卫市数据局工作动态第{number + 1}期", summary="工作动态。")
        DisclosureItemPageFactory(parent=finance, title="政府采购意向公开", creation_date=datetime.date(2024, 1, 5),
                                  summary="本局数据中心运维服务。")
        DisclosureItemPageFactory(parent=finance, title="中卫市数据局机房维护", creation_date=datetime.date(2024, 6, 5),
                                  summary="通过政府采购确定服务商。")
    # each has one query word in its title; 数据 is in most titles, 采购 in one
    assert titles(find("数据 采购"))[:2] == ["政府采购意向公开", "中卫市数据局机房维护"]
