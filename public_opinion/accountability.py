"""舆情回应制度 第六条 (舆情回应纳入年度考核): per section and year, the cases, the late reports, the
late responses and the outcomes (通报 / 约谈 / 追责). The yearly assessment (考核评议制度) reads
``yearly_accountability``. A case counts for each of its responsible sections, in the year (Beijing
time) it was seen; a case closed as 误报 counts nowhere."""

import datetime

from django.utils import timezone

from organisation.models import Section

from . import deadlines
from .models import OpinionCase, Outcome

OUTCOMES = [Outcome.CIRCULATED, Outcome.INTERVIEWED, Outcome.HELD_ACCOUNTABLE]


def year_bounds(year):
    start = timezone.make_aware(datetime.datetime(year, 1, 1))
    return start, timezone.make_aware(datetime.datetime(year + 1, 1, 1))


def yearly_accountability(year, now=None):
    """[{"section", "cases", "late_reports", "late_responses", "outcomes": {Outcome: count}}], one row
    per section (in the sections' order), sections without cases included with zeros."""
    now = now or timezone.now()
    start, end = year_bounds(year)
    cases = OpinionCase.objects.filter(first_seen_at__gte=start, first_seen_at__lt=end, unfounded=False)
    late_reports = set(cases.filter(deadlines.late_report(now)).values_list("pk", flat=True))
    late_responses = set(cases.filter(deadlines.late_response(now)).values_list("pk", flat=True))
    rows = {section.pk: {"section": section, "cases": 0, "late_reports": 0, "late_responses": 0,
                         "outcomes": dict.fromkeys(OUTCOMES, 0)}
            for section in Section.objects.all()}
    for case_id, section_id, outcome in cases.values_list("pk", "sections", "outcome"):
        row = rows.get(section_id)
        if row is None:
            continue
        row["cases"] += 1
        row["late_reports"] += case_id in late_reports
        row["late_responses"] += case_id in late_responses
        if outcome in row["outcomes"]:
            row["outcomes"][outcome] += 1
    return list(rows.values())
