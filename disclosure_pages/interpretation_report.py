"""政策解读制度: per section and year, the documents that needed an interpretation and how it went live —
with the document, within 3 working days, late, or not yet (the yearly assessment reads these).
Scoped like every admin surface: a section's head and leader see its rows, the office and the
disclosure administrators every section's."""

from dataclasses import dataclass

from django.db.models import Min, Q

from organisation.models import Section
from organisation.people import is_office_staff, leads, sees_every_section
from outgoing.tables import export_response
from workdays.official_calendar import WorkingDayCalendar

from .interpretation_clock import (
    LATE,
    MISSING,
    ON_TIME,
    TIMELINESS_LABELS,
    TOGETHER,
    documents_needing_interpretation,
    interpretation_due,
    timeliness,
)

HEADER = ["科室", "索引号", "文件", "文号", "文件发布日期", "解读期限", "解读发布日期", "情况"]


def report_sections(user):
    """The sections whose rows ``user`` may read; empty when none."""
    sections = Section.objects.order_by("name")
    if sees_every_section(user) or is_office_staff(user):
        return list(sections)
    return [section for section in sections if leads(user, section.pk)]


@dataclass
class ReportRow:
    section: str
    index_number: str
    title: str
    document_number: str
    published_on: object
    due: object
    interpreted_on: object
    status: str

    @property
    def status_label(self):
        return TIMELINESS_LABELS[self.status]

    def cells(self):
        return [self.section, self.index_number, self.title, self.document_number, self.published_on, self.due,
                self.interpreted_on or "", self.status_label]


def report_rows(sections, year):
    """One row per document of ``sections`` published in ``year`` that needed an interpretation."""
    calendar = WorkingDayCalendar()
    documents = (
        documents_needing_interpretation()
        .filter(publisher__in=sections, publication_date__year=year)
        .annotate(
            interpreted_on=Min(
                "interpretations__publication_date", filter=Q(interpretations__first_published_at__isnull=False)
            )
        )
        .select_related("publisher")
        .order_by("publisher__name", "publication_date", "pk")
    )
    return [
        ReportRow(
            document.publisher.name, document.index_number, document.title, document.document_number,
            document.publication_date, interpretation_due(document.publication_date, calendar),
            document.interpreted_on, timeliness(document.publication_date, document.interpreted_on, calendar),
        )
        for document in documents
    ]


def section_totals(rows):
    """{section name: {status: count, "all": count}} in the order of the rows."""
    totals = {}
    for row in rows:
        counts = totals.setdefault(row.section, {"all": 0, TOGETHER: 0, ON_TIME: 0, LATE: 0, MISSING: 0})
        counts["all"] += 1
        counts[row.status] += 1
    return totals


def report_export(rows, year, fmt):
    return export_response(f"interpretations-{year}", HEADER, [row.cells() for row in rows], fmt, f"{year}年政策解读")
