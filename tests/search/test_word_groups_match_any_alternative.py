"""``SearchParams.expansions`` (synonyms, abbreviations, pinyin): a query word matches when any of
its alternatives does, on both engines, and an alternative ranks like the word itself."""

import pytest

from search.query import SearchParams, search
from tests.factories import DisclosureItemPageFactory

from .conftest import titles

pytestmark = pytest.mark.django_db


def test_an_alternative_finds_what_the_word_does_not(engine, committed, portal):
    finance = portal.categories["finance"]
    with committed():
        DisclosureItemPageFactory(parent=finance, title="政府信息公开工作年度报告", summary="")
        DisclosureItemPageFactory(parent=finance, title="部门年报", summary="")
        DisclosureItemPageFactory(parent=finance, title="人事任免", summary="")
    params = SearchParams(query="年报", expansions={"年报": ["年度报告"]})
    assert params.word_groups == [["年报", "年度报告"]]
    assert set(titles(search(params))) == {"政府信息公开工作年度报告", "部门年报"}
    assert titles(search(SearchParams(query="年报"))) == ["部门年报"]
