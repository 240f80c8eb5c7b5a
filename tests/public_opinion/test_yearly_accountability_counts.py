"""舆情回应制度 第六条 (舆情回应纳入年度考核): per section and year, the cases, late reports, late responses
and outcomes (通报 / 约谈 / 追责), as the yearly assessment reads them; with known counts."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from public_opinion import transitions
from public_opinion.accountability import yearly_accountability
from public_opinion.models import Outcome, Recipient, ReportMethod, ResponseChannel, Severity

from .factories import OpinionCaseFactory

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 6, 30, 4, 0, tzinfo=datetime.UTC)


def at(month, day, hour=2):
    return datetime.datetime(2026, month, day, hour, 0, tzinfo=datetime.UTC)


@pytest.fixture
def year(opinion):
    a, b, user = opinion.section_a, opinion.section_b, opinion.a.head
    type(opinion.case).objects.filter(pk=opinion.case.pk).update(first_seen_at=at(1, 1).replace(year=2024))
    with time_machine.travel(NOW, tick=False):
        # A: a major case reported late (6 h) and answered in time (4 h).
        late_report = OpinionCaseFactory(sections=[a], severity=Severity.MAJOR, first_seen_at=at(3, 2))
        for recipient in (Recipient.LEADER_IN_CHARGE, Recipient.GENERAL_OFFICE):
            transitions.record_report(late_report, user, recipient, ReportMethod.PHONE, at(3, 2, 8))
        transitions.record_response(late_report, user, ResponseChannel.NEWS_MEDIA, at(3, 2, 6))
        # A and B: an ordinary case answered after 3 days, 约谈.
        shared = OpinionCaseFactory(sections=[a, b], first_seen_at=at(4, 1))
        transitions.record_response(shared, user, ResponseChannel.HOTLINE_REPLY, at(4, 4))
        transitions.record_outcome(shared, opinion.a.leader, Outcome.INTERVIEWED, "回应不及时，约谈科室负责人。")
        # A: an open ordinary case never answered, past its 48 hours; 通报.
        unanswered = OpinionCaseFactory(sections=[a], first_seen_at=at(6, 1))
        transitions.record_outcome(unanswered, opinion.a.leader, Outcome.CIRCULATED, "消极应对，予以通报。")
        # A: answered in time.
        OpinionCaseFactory(sections=[a], first_seen_at=at(6, 29))
        # A: closed as 误报, counts nowhere; B: a case of last year (Beijing: 2025-12-31 23:30).
        wrong = OpinionCaseFactory(sections=[a], first_seen_at=at(5, 5))
        transitions.close_as_unfounded(wrong, user, "与本单位无关")
        OpinionCaseFactory(sections=[b], first_seen_at=datetime.datetime(2025, 12, 31, 15, 30, tzinfo=datetime.UTC))
        # B: the first minutes of 2026 in Beijing are still 2025 in UTC.
        OpinionCaseFactory(sections=[b], first_seen_at=datetime.datetime(2025, 12, 31, 16, 30, tzinfo=datetime.UTC))
    return opinion


def row(rows, section):
    (found,) = [r for r in rows if r["section"] == section]
    return {k: v for k, v in found.items() if k != "section"}


def test_per_section_counts_of_the_year(year):
    rows = yearly_accountability(2026, now=NOW)
    assert row(rows, year.section_a) == {
        "cases": 4, "late_reports": 1, "late_responses": 2,
        "outcomes": {Outcome.CIRCULATED: 1, Outcome.INTERVIEWED: 1, Outcome.HELD_ACCOUNTABLE: 0},
    }
    assert row(rows, year.section_b) == {
        "cases": 2, "late_reports": 0, "late_responses": 2,  # the shared one, and the new-year one unanswered
        "outcomes": {Outcome.CIRCULATED: 0, Outcome.INTERVIEWED: 1, Outcome.HELD_ACCOUNTABLE: 0},
    }
    assert row(yearly_accountability(2025, now=NOW), year.section_b)["cases"] == 1


def test_the_office_reads_and_exports_the_table(client, year):
    client.force_login(year.a.reviewer)
    with time_machine.travel(NOW, tick=False):
        html = client.get(reverse("public_opinion_admin:accountability") + "?year=2026").content.decode()
        assert year.section_a.name in html
        csv = client.get(reverse("public_opinion_admin:accountability_csv") + "?year=2026").content.decode("utf-8-sig")
    assert csv.splitlines()[0] == "科室,舆情数,报送超时,回应超时,通报,约谈,追责"
    assert f"{year.section_a.name},4,1,2,1,1,0" in csv.splitlines()


def test_outcomes_need_their_grounds(year):
    from django.core.exceptions import ValidationError

    case = OpinionCaseFactory(sections=[year.section_a])
    with pytest.raises(ValidationError, match="说明"):
        transitions.record_outcome(case, year.a.leader, Outcome.HELD_ACCOUNTABLE, "")
