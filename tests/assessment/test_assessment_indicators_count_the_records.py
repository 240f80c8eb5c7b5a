"""考核评议制度 第五条: every indicator of a section's year, from a year of records with known counts."""

import datetime

import pytest

from assessment import indicators
from disclosure_pages.publication_clock import publication_deadline
from tests.factories import SectionFactory

from .round_records import HOLIDAY_CREATION, YEAR, build_year

EXPECTED_A = {
    "duties": (1, 1, True),
    "major_decisions": (1, 1, 1),
    "procedures": (5, 5, 5),
    "proactive_on_time": (6, 7, 85.7),
    "requests_on_time": (2, 3, 66.7),
    "interpretation_coverage": (3, 4, 75.0),
    "interpretation_on_time": (2, 4, 50.0),
    "opinion_reports_on_time": (1, 2, 50.0),
    "opinion_responses_on_time": (2, 2, 100.0),
    "complaints_handled": (2, 3, 66.7),
    "complaints_satisfied": (1, 2, 50.0),
    "incidents": (2, 2, 2),
}


@pytest.fixture
def year(portal):
    section_a = SectionFactory(name="数据资源科", code="data")
    section_b = SectionFactory(name="信息化建设科", code="infra")
    records = build_year(portal, section_a, section_b)
    records.a, records.b = section_a, section_b
    return records


@pytest.mark.django_db
@pytest.mark.usefixtures("at_any_hour")
def test_every_indicator_of_the_section(year):
    found = {f.key: (f.numerator, f.denominator, f.value) for f in indicators.figures(year.a, YEAR)}
    assert found == EXPECTED_A


@pytest.mark.django_db
def test_the_holiday_lengthens_the_publication_period(year):
    """The item published on the deadline after 国庆节 is on time, though 20 weekdays had passed."""
    naive, day, counted = HOLIDAY_CREATION, HOLIDAY_CREATION, 0
    while counted < 20:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            counted, naive = counted + 1, day
    assert year.holiday_deadline == publication_deadline(HOLIDAY_CREATION) > naive
    records = {r.title: r.ok for r in indicators.INDICATORS["proactive_on_time"](year.a, YEAR).records}
    assert records["国庆前形成按时公开"] is True and records["国庆前形成逾期公开"] is False


@pytest.mark.django_db
def test_another_sections_records_do_not_count(year):
    found = {f.key: f for f in indicators.figures(year.b, YEAR)}
    assert (found["proactive_on_time"].numerator, found["proactive_on_time"].denominator) == (1, 1)
    assert found["duties"].value is False
    assert found["requests_on_time"].value is None and found["requests_on_time"].display == "—"
    assert found["incidents"].value == 0


@pytest.mark.django_db
def test_another_year_counts_its_own_records(year):
    found = {f.key: f for f in indicators.figures(year.a, YEAR - 1)}
    assert found["incidents"].value == 1
    assert found["complaints_handled"].denominator == 1
    assert found["proactive_on_time"].denominator == 1
