"""The guide, rules and report pages use every word of the catalogue: their word scores count for
less, so the items a query names come first; a query for the page itself still finds it first."""

import pytest

from tests.factories import DisclosureItemPageFactory

from .conftest import guide_page, titles

pytestmark = pytest.mark.django_db


def test_items_rank_above_a_guide_page_that_mentions_the_words(engine, committed, find, portal):
    finance = portal.categories["finance"]
    with committed():
        guide_page(portal, "政府信息公开指南", search_description="部门预算、部门决算、政府采购等信息。" * 5)
        DisclosureItemPageFactory(parent=finance, title="关于部门决算的说明", summary="本年度决算情况。")
    assert titles(find("部门决算")) == ["关于部门决算的说明", "政府信息公开指南"]
    assert titles(find("公开指南"))[0] == "政府信息公开指南"
