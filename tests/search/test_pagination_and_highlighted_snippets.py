"""Pagination and highlighted snippets."""

import pytest

from tests.factories import DisclosureItemPageFactory

pytestmark = pytest.mark.django_db


def test_results_are_paginated(engine, portal, committed, find):
    with committed():
        for n in range(12):
            DisclosureItemPageFactory(parent=portal.categories["finance"], title=f"第{n}号预算公告")
    first, second = find("预算", page=1), find("预算", page=2)
    assert first.total == second.total == 12
    assert (len(first.hits), len(second.hits)) == (10, 2)
    assert first.num_pages == 2 and first.has_next and not first.has_previous
    assert second.has_previous and not second.has_next
    assert not {h.page_id for h in first.hits} & {h.page_id for h in second.hits}
    beyond = find("预算", page=99)
    assert beyond.hits == []


def test_snippets_mark_the_matched_words_and_escape_html(engine, portal, committed, find):
    with committed():
        DisclosureItemPageFactory(parent=portal.categories["finance"], title="预算说明",
                                  summary="本年度<b>部门</b>预算按照政府采购目录执行。")
    hit = find("政府采购")  .hits[0]
    assert "<mark>政府采购</mark>" in hit.snippet
    assert "&lt;b&gt;" in hit.snippet and "<b>" not in hit.snippet
    hit = find("预算").hits[0]
    assert hit.title_html == "<mark>预算</mark>说明"
