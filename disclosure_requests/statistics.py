"""Table 三 of the annual report (国办公开办函〔2021〕30号): requests per applicant column and outcome.

A request counts in the year it was received (一), is carried over while unanswered at a year's end
(二/四), and its result (三) counts in the year it was answered, i.e. got its national outcome.
Invariant per column: 一 + 二 = 三（七） + 四.
"""

import datetime

from django.db.models import Count, Q

from .models import ApplicantType, DisclosureRequest, NationalOutcome, OrganisationKind

COLUMNS = [ApplicantType.NATURAL_PERSON.value] + [kind.value for kind in OrganisationKind]
COLUMN_LABELS = {ApplicantType.NATURAL_PERSON.value: "自然人", **{k.value: k.label for k in OrganisationKind}}


def _column(applicant_type, organisation_kind):
    if applicant_type == ApplicantType.NATURAL_PERSON:
        return ApplicantType.NATURAL_PERSON.value
    return organisation_kind or OrganisationKind.OTHER.value


def _count(queryset):
    row = dict.fromkeys(COLUMNS, 0)
    for item in queryset.values("applicant__applicant_type", "applicant__organisation_kind").annotate(n=Count("pk")):
        row[_column(item["applicant__applicant_type"], item["applicant__organisation_kind"])] += item["n"]
    row["total"] = sum(row[c] for c in COLUMNS)
    return row


def annual_statistics(year):
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    received = DisclosureRequest.objects.filter(received_on__isnull=False)
    outcomes = {}
    rows = (
        received.filter(answered_on__range=(start, end), outcome__gt="")
        .values("outcome", "applicant__applicant_type", "applicant__organisation_kind")
        .annotate(n=Count("pk"))
    )
    for outcome in NationalOutcome:
        outcomes[outcome.value] = dict.fromkeys(COLUMNS + ["total"], 0)
    for item in rows:
        column = _column(item["applicant__applicant_type"], item["applicant__organisation_kind"])
        outcomes[item["outcome"]][column] += item["n"]
        outcomes[item["outcome"]]["total"] += item["n"]
    results_total = {c: sum(row[c] for row in outcomes.values()) for c in COLUMNS + ["total"]}
    return {
        "year": year,
        "new": _count(received.filter(received_on__range=(start, end))),
        "carried_in": _count(received.filter(received_on__lt=start).filter(
            Q(answered_on__isnull=True) | Q(answered_on__gte=start))),
        "outcomes": outcomes,
        "results_total": results_total,
        "carried_out": _count(received.filter(received_on__lte=end).filter(
            Q(answered_on__isnull=True) | Q(answered_on__gt=end))),
    }
