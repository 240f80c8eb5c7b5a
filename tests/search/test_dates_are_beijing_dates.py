"""Dates in Beijing time: a page published between 16:00 and 24:00 UTC is already on the next day
in Beijing, and the search dates it (filters it, counts it in its year) by that Beijing date."""

import datetime

import pytest

from tests.conftest import UTC_DATE_LAGS_BEIJING
from tests.factories import DisclosureItemPageFactory

from .conftest import guide_page, titles

pytestmark = pytest.mark.django_db

BEIJING_DAY = datetime.date(2026, 3, 2)  # UTC_DATE_LAGS_BEIJING in Beijing
NEW_YEAR_IN_BEIJING = datetime.datetime(2025, 12, 31, 17, 30, tzinfo=datetime.UTC)  # 2026-01-01 01:30


def test_pages_published_late_in_the_utc_day_carry_their_beijing_date(engine, portal, committed, find,
                                                                       time_machine):
    time_machine.move_to(UTC_DATE_LAGS_BEIJING)
    with committed():
        guide_page(portal, "政府信息公开指南")
        DisclosureItemPageFactory(parent=portal.categories["finance"], title="预算信息公开指南")

    same_day = find("指南", date_from=BEIJING_DAY, date_to=BEIJING_DAY)
    assert sorted(titles(same_day)) == ["政府信息公开指南", "预算信息公开指南"]
    assert {hit.publication_date for hit in same_day.hits} == {BEIJING_DAY}
    assert find("指南", date_to=BEIJING_DAY - datetime.timedelta(days=1)).total == 0


def test_the_year_facet_counts_new_years_night_in_the_new_year(engine, portal, committed, find, time_machine):
    time_machine.move_to(NEW_YEAR_IN_BEIJING)
    with committed():
        guide_page(portal, "政府信息公开指南")
        DisclosureItemPageFactory(parent=portal.categories["finance"], title="预算信息公开指南")

    results = find("指南")
    assert {value.value: value.count for value in results.facets["year"]} == {"2026": 2}
    assert find("指南", filters={"year": ["2025"]}).total == 0


def test_the_search_page_shows_the_beijing_date(engine, portal, committed, client, time_machine):
    time_machine.move_to(UTC_DATE_LAGS_BEIJING)
    with committed():
        guide_page(portal, "政府信息公开指南")

    html = client.get("/search/", {"q": "指南"}).content.decode()
    assert '<time datetime="2026-03-02">2026-03-02</time>' in html
