"""complaints.statistics.section_complaints: the figures of 考核评议制度 第五条（五）and 第六条 per
section and year, each with the complaints behind it."""

import datetime

import pytest

from complaints.models import ComplaintState
from complaints.statistics import FIGURES, section_complaints

from .factories import ComplaintFactory

pytestmark = pytest.mark.django_db
BEIJING = datetime.timezone(datetime.timedelta(hours=8))


def at(day, hour=10):
    return datetime.datetime(*day, hour, 0, tzinfo=BEIJING)


def complaint(section, submitted, state=ComplaintState.HANDLING, replied=None, satisfaction=""):
    return ComplaintFactory(section=section, submitted_at=at(submitted), state=state,
                            replied_at=at(replied) if replied else None, satisfaction=satisfaction)


@pytest.fixture
def year(staff):
    s, other = staff.section, staff.other_section
    made = {
        # Submitted Monday 2025-03-03: due 2025-03-24 (15 working days).
        "on_time_satisfied": complaint(s, (2025, 3, 3), ComplaintState.CLOSED, (2025, 3, 24), "satisfied"),
        "late_dissatisfied": complaint(s, (2025, 3, 3), ComplaintState.REPLIED, (2025, 3, 25), "dissatisfied"),
        "on_time_basic": complaint(s, (2025, 6, 2), ComplaintState.REPLIED, (2025, 6, 5), "basically_satisfied"),
        "on_time_unrated": complaint(s, (2025, 7, 1), ComplaintState.CLOSED, (2025, 7, 2)),
        "open": complaint(s, (2025, 12, 30)),
        # Beijing dates: 2024-12-31 23:00 is last year's; 2025-01-01 07:00 (still 2024 in UTC) is this year's.
        "last_year": ComplaintFactory(section=s, submitted_at=at((2024, 12, 31), 23)),
        "new_year_morning": ComplaintFactory(section=s, submitted_at=at((2025, 1, 1), 7)),
        "other_section": complaint(other, (2025, 5, 5)),
        "unassigned": ComplaintFactory(submitted_at=at((2025, 5, 6))),
    }
    return made


def pks(figure):
    return set(figure.records.values_list("pk", flat=True))


def test_counts_and_records_per_section(staff, year):
    figures = section_complaints(staff.section, 2025)
    assert list(figures) == list(FIGURES)
    expected = {
        "received": {"on_time_satisfied", "late_dissatisfied", "on_time_basic", "on_time_unrated", "open",
                     "new_year_morning"},
        "replied": {"on_time_satisfied", "late_dissatisfied", "on_time_basic", "on_time_unrated"},
        "replied_on_time": {"on_time_satisfied", "on_time_basic", "on_time_unrated"},
        "open": {"open", "new_year_morning"},
        "satisfied": {"on_time_satisfied"},
        "basically_satisfied": {"on_time_basic"},
        "dissatisfied": {"late_dissatisfied"},
        "unrated": {"on_time_unrated"},
    }
    for name, keys in expected.items():
        assert figures[name].count == len(keys), name
        assert pks(figures[name]) == {year[k].pk for k in keys}, name


def test_the_whole_bureau_and_other_years(staff, year):
    assert section_complaints(None, 2025)["received"].count == 8
    assert pks(section_complaints(staff.section, 2024)["received"]) == {year["last_year"].pk}
    assert section_complaints(staff.other_section, 2025)["open"].count == 1
