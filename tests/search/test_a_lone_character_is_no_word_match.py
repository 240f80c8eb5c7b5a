"""A word the dictionary does not know stays one word: 工单 is not 工 of 工作 and 单 of 单位. A
query of one character is still looked up."""

import pytest

from search import analysis
from tests.factories import DisclosureItemPageFactory

from .conftest import titles

pytestmark = pytest.mark.django_db


def test_a_broken_up_word_is_matched_whole():
    assert analysis.query_words("工单 等保") == ["工单", "等保"]
    assert analysis.query_words("2024年 11月") == ["2024年", "11月"]


def test_the_characters_of_a_word_apart_do_not_match(engine, committed, find, portal):
    service = portal.categories["finance"]
    with committed():
        DisclosureItemPageFactory(parent=service, title="12345热线工单办理情况", summary="")
        DisclosureItemPageFactory(parent=service, title="工作要点", summary="各单位要按期完成。")
    assert titles(find("工单")) == ["12345热线工单办理情况"]


def test_a_one_character_query_still_finds_its_items(engine, committed, find, portal):
    finance = portal.categories["finance"]
    with committed():
        DisclosureItemPageFactory(parent=finance, title="档案馆开放时间", summary="")
        DisclosureItemPageFactory(parent=finance, title="人事任免", summary="")
    assert titles(find("馆")) == ["档案馆开放时间"]
