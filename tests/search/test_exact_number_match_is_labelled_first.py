"""Issue 13 item 8: an item whose 文号 or 索引号 is exactly the query is shown as 精确匹配, above the
rest, whatever the sort order."""

import pytest

from tests.factories import DisclosureItemPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def items(portal, committed):
    with committed():
        exact = DisclosureItemPageFactory(parent=portal.categories["other"], title="关于政务云资源申请的通知",
                                          document_number="卫云数发〔2019〕12号")
        later = [DisclosureItemPageFactory(parent=portal.categories["other"], title=f"政务云资源调整通知{n}",
                                           summary="依据卫云数发〔2019〕12号执行。")
                 for n in range(3)]  # later items that cite the number in their text: by date they come first
    return exact, later


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_the_exact_match_is_labelled_and_first(engine, items, client, sort):
    exact, later = items
    response = client.get("/search/", {"q": "卫云数发[2019]12号", "sort": sort})
    assert [hit.title for hit in response.context["exact_hits"]] == [exact.title]
    html = response.content.decode()
    label = html.index("精确匹配")
    assert label < html.index(f'href="{exact.url}"') < min(html.index(f'href="{page.url}"') for page in later)


def test_a_query_that_is_no_number_has_no_exact_match(engine, items, client):
    response = client.get("/search/", {"q": "政务云"})
    assert response.context["exact_hits"] == [] and "精确匹配" not in response.content.decode()


def test_an_exact_number_does_not_fall_back_to_items_sharing_its_year(engine, find, portal, committed):
    """A matched 文号 asks for that document: items that only share its year or serial number are not
    added as a partial match (they were, and on a large catalogue that match was the slowest query)."""
    with committed():
        exact = DisclosureItemPageFactory(parent=portal.categories["other"], title="关于政务云资源申请的通知",
                                          summary="", document_number="卫云数发〔2019〕12号")
        DisclosureItemPageFactory(parent=portal.categories["other"], title="2019年部门预算", summary="",
                                  document_number="")
    results = find("卫云数发〔2019〕12号")
    assert [hit.title for hit in results.hits] == [exact.title]
    assert results.fallback is None
