"""政策解读制度 第四条（三）(国办发〔2016〕19号 三同步): an interpretation goes live with its document; one
that could not is due within 3 working days of the document's publication. Every screen and report that
shows the due date or the lateness calls ``interpretation_due`` / ``timeliness``."""

import datetime
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from workdays.official_calendar import WorkingDayCalendar

from .models import DisclosureItemPage, InterpretationPage

INTERPRETATION_PERIOD_WORKING_DAYS = 3  # 政策解读制度 第四条（四）, 国办发〔2016〕19号: within 3 working days


def interpretation_due(document_publication_date, calendar=None):
    """The last day on which the interpretation of a document published on that day may go live."""
    calendar = calendar or WorkingDayCalendar()
    return calendar.add_working_days(document_publication_date, INTERPRETATION_PERIOD_WORKING_DAYS)


TOGETHER, ON_TIME, LATE, MISSING = "together", "on_time", "late", "missing"
TIMELINESS_LABELS = {TOGETHER: "与文件同步发布", ON_TIME: "3个工作日内发布", LATE: "超期发布", MISSING: "尚未发布"}


def timeliness(document_published_on, interpretation_published_on, calendar=None):
    """How the first interpretation of a document went live: together, on time, late — or missing."""
    if interpretation_published_on is None:
        return MISSING
    if interpretation_published_on <= document_published_on:
        return TOGETHER
    if interpretation_published_on <= interpretation_due(document_published_on, calendar):
        return ON_TIME
    return LATE


def documents_needing_interpretation():
    """Catalogue documents (not interpretations) that need one (第二条)."""
    return DisclosureItemPage.objects.filter(Q(is_normative=True) | Q(is_important_policy=True)).filter(
        interpretationpage__isnull=True
    )


@dataclass
class InterpretationDueEntry:
    document: DisclosureItemPage
    due: datetime.date
    working_days_left: int

    @property
    def overdue(self):
        return self.working_days_left < 0


def interpretations_due(sections=None, today=None):
    """Live documents needing an interpretation that has not gone live, most urgent first."""
    today = today or timezone.localdate()
    calendar = WorkingDayCalendar()
    live_interpretation = InterpretationPage.objects.filter(interpreted_document=OuterRef("pk"), live=True)
    documents = documents_needing_interpretation().live().filter(~Exists(live_interpretation))
    if sections is not None:
        documents = documents.filter(Q(publisher__in=sections) | Q(interpreting_section__in=sections))
    entries = []
    for document in documents.select_related("publisher"):
        due = interpretation_due(document.publication_date, calendar)
        entries.append(InterpretationDueEntry(document, due, calendar.working_days_between(today, due)))
    entries.sort(key=lambda entry: (entry.due, entry.document.pk))
    return entries
