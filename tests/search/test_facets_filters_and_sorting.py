"""Facets with counts (category, year, publisher section, validity), filters, date ranges, sorting."""

import datetime

import pytest
from django.utils import timezone

from disclosure_pages.models import Validity
from tests.factories import DisclosureItemPageFactory, SectionFactory

from .conftest import guide_page, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(portal, committed):
    office = SectionFactory(name="办公室", code="office")
    data = SectionFactory(name="数据资源科", code="data")
    with committed():
        DisclosureItemPageFactory(parent=portal.categories["finance"], title="2024年预算公开", publisher=office)
        DisclosureItemPageFactory(parent=portal.categories["finance"], title="2023年预算执行", publisher=data)
        DisclosureItemPageFactory(parent=portal.categories["planning"], title="数据产业预算规划", publisher=data,
                                  validity=Validity.REPEALED, validity_explanation="已被新规划替代。")
        DisclosureItemPageFactory(parent=portal.categories["organisation"], title="机构职能", publisher=office)
        guide_page(portal, "政府信息公开指南（预算信息查询）")
    return {"office": office, "data": data}


def facet(results, name):
    return {value.value: value.count for value in results.facets[name]}


@pytest.mark.usefixtures("at_any_hour")
def test_facets_count_the_matches(engine, catalogue, find):
    results = find("预算")
    assert results.total == 4
    assert facet(results, "category") == {"finance": 2, "planning": 1, "guide": 1}
    assert facet(results, "publisher") == {str(catalogue["office"].pk): 1, str(catalogue["data"].pk): 2}
    assert facet(results, "validity") == {"in_force": 2, "repealed": 1}
    this_year = str(timezone.localdate().year)
    assert facet(results, "year") == {this_year: 4}
    labels = {value.value: value.label for value in results.facets["publisher"]}
    assert labels[str(catalogue["data"].pk)] == "数据资源科"


def test_a_facet_filter_narrows_the_hits_but_not_its_own_counts(engine, catalogue, find):
    results = find("预算", filters={"category": ["finance"]})
    assert sorted(titles(results)) == ["2023年预算执行", "2024年预算公开"]
    assert results.total == 2
    # the category facet still offers the other categories (multi-select), the others follow the filter
    assert facet(results, "category") == {"finance": 2, "planning": 1, "guide": 1}
    assert facet(results, "validity") == {"in_force": 2}
    assert [v.value for v in results.facets["category"] if v.selected] == ["finance"]


def test_filters_combine(engine, catalogue, find):
    results = find("预算", filters={"publisher": [str(catalogue["data"].pk)], "validity": ["repealed"]})
    assert titles(results) == ["数据产业预算规划"]


def test_filters_without_a_query_browse_the_catalogue(engine, catalogue, find):
    results = find("", filters={"category": ["finance"]})
    assert sorted(titles(results)) == ["2023年预算执行", "2024年预算公开"]


@pytest.mark.usefixtures("at_any_hour")
def test_date_range_filters_on_publication_date(engine, catalogue, find):
    today = timezone.localdate()
    assert find("预算", date_from=today, date_to=today).total == 4
    assert find("预算", date_to=today - datetime.timedelta(days=1)).total == 0
    assert find("预算", date_from=today + datetime.timedelta(days=1)).total == 0


def test_sort_by_date_puts_the_newest_first(engine, portal, committed, find):
    with committed():
        old = DisclosureItemPageFactory(parent=portal.categories["finance"], title="预算公开（旧）")
        DisclosureItemPageFactory(parent=portal.categories["finance"], title="关于预算公开的通知（新）")
    # make the first one older, then let the index learn it (a republish would do the same)
    type(old).objects.filter(pk=old.pk).update(publication_date=datetime.date(2020, 1, 1))
    from search.indexing import new_version, sync_pages

    sync_pages([old.pk], version=new_version("test"))
    assert titles(find("预算", sort="date")) == ["关于预算公开的通知（新）", "预算公开（旧）"]
    # by relevance the shorter title, where the word is more of it, comes first whatever the dates
    assert titles(find("预算"))[0] == "预算公开（旧）"
