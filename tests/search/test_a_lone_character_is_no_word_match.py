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


@pytest.mark.parametrize(("query", "found", "other"), [
    ("工单", "12345热线工单办理情况", "各单位工作要点"),  # 工 of 工作 and 单 of 单位 are no match for 工单
    ("馆", "档案馆开放时间", "人事任免"),  # a query of one character is still looked up
])
def test_a_word_matches_whole(engine, committed, find, portal, query, found, other):
    with committed():
        DisclosureItemPageFactory(parent=portal.categories["finance"], title=found, summary="")
        DisclosureItemPageFactory(parent=portal.categories["finance"], title=other, summary="按期完成。")
    assert titles(find(query)) == [found]
