"""Issue 13 item 8: on a phone the results come before the filters (they are first in the page; a wide
screen places the filters on the left with CSS), the date filter has its own button, and the result
metadata uses the reader's words (类别 and its label, 政策解读), not the page type (公开条目)."""

import pytest

from tests.factories import DisclosureItemPageFactory, InterpretationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def items(portal, committed):
    with committed():
        DisclosureItemPageFactory(parent=portal.categories["finance"], title="2024年部门预算公开", slug="budget-2024")
        InterpretationPageFactory(parent=portal.categories["finance"], title="《部门预算管理办法》政策解读")


def test_results_first_date_button_and_plain_metadata(engine, items, client):
    html = client.get("/search/", {"q": "预算"}).content.decode()
    assert html.index('class="search-results"') < html.index('class="search-facets"')
    date_filter = html[html.index('class="date-filter"'):]
    assert date_filter.index("按日期筛选") < date_filter.index("</fieldset>")
    assert "公开条目" not in html
    assert "<dt>类别</dt><dd>财政预决算、审计、收支、政府采购及国有资产管理</dd>" in html and "<dt>类别</dt><dd>政策解读</dd>" in html
