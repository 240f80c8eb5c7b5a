"""考核评议制度 第五条: the indicators of a section's year, computed from the records.

One function per indicator, registered in ``INDICATORS`` (in the order of 第五条) by ``@indicator``.
Each returns a ``Figure``: the count or the rate, and the records behind it (``Record``: what, when,
whether it counts as done on time, and its admin address), which the drill-down view lists.

Decisions (docs/assessment.md "Indicators"):
- a record counts in the year of its Beijing date (publication date, answer date, day seen, day
  submitted, day the incident occurred);
- 办事依据、程序、时限公开: the section's items published in the year in the categories 法规规章和
  规范性文件、政策解读 (the basis) and 其他应当公开事项 (where the guides to procedures, time limits and
  results are catalogued);
- a rate without records (no request answered, no document needing an interpretation) is "—" and
  does not weigh in the suggested grade.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from complaints import statistics as complaint_statistics
from complaints.models import ComplaintState, Satisfaction
from disclosure_pages.interpretation_clock import LATE, MISSING
from disclosure_pages.interpretation_report import report_rows
from disclosure_pages.models import CategoryPage, DisclosureCategory, DisclosureItemPage
from disclosure_pages.publication_clock import publication_deadline
from disclosure_requests.clocks import answer_due
from disclosure_requests.models import DisclosureRequest
from public_opinion import deadlines as opinion_deadlines
from public_opinion.accountability import year_bounds, yearly_accountability
from public_opinion.models import OpinionCase
from workdays.official_calendar import WorkingDayCalendar

from .models import Incident

RATE, COUNT, PRESENT = "rate", "count", "present"


@dataclass
class Record:
    title: str
    date: datetime.date | None
    ok: bool | None = None  # done on time / handled / satisfied; None when the figure is a count
    note: str = ""
    url: str | None = None


@dataclass
class Figure:
    key: str
    label: str
    article: str
    kind: str
    numerator: int = 0
    denominator: int = 0
    records: list = field(default_factory=list)

    @property
    def value(self):
        """The rate in % (one decimal; None without records), the count, or whether it is present."""
        if self.kind == RATE:
            return round(100 * self.numerator / self.denominator, 1) if self.denominator else None
        if self.kind == PRESENT:
            return self.numerator > 0
        return self.numerator

    @property
    def display(self):
        value = self.value
        if self.kind == RATE:
            return "—" if value is None else f"{value:g}%（{self.numerator}/{self.denominator}）"
        if self.kind == PRESENT:
            return "已公开" if value else "未公开"
        return str(value)

    def snapshot(self):
        return {"label": self.label, "kind": self.kind, "numerator": self.numerator,
                "denominator": self.denominator, "value": self.value}


@dataclass
class Indicator:
    key: str
    label: str
    article: str
    kind: str
    compute: object

    def __call__(self, section, year):
        figure = Figure(self.key, self.label, self.article, self.kind)
        self.compute(figure, section, year)
        return figure


INDICATORS = {}


def indicator(key, label, article, kind):
    def register(function):
        INDICATORS[key] = Indicator(key, label, article, kind, function)
        return function
    return register


def figures(section, year):
    """Every indicator of ``section`` in ``year``, in the registry's order."""
    return [compute(section, year) for compute in INDICATORS.values()]


def _admin_url(name, pk):
    try:
        return reverse(name, args=[pk])
    except NoReverseMatch:
        return None


def _page_record(item, ok=None, note=""):
    return Record(item.title, item.publication_date, ok, note, _admin_url("wagtailadmin_pages:edit", item.pk))


def _count(figure, records, ok=None):
    figure.records = records
    figure.denominator = len(records)
    figure.numerator = len(records) if ok is None else sum(1 for record in records if record.ok)


def _items_in(categories):
    """Items catalogued under a category page of one of ``categories`` (sub-categories inherit theirs)."""
    paths = CategoryPage.objects.filter(category__in=categories).values_list("path", flat=True)
    under = Q(pk__in=[])
    for path in paths:
        under |= Q(path__startswith=path)
    return DisclosureItemPage.objects.filter(under)


def _published_in(items, section, year):
    """The section's items (interpretations aside: they have their own clock) published in ``year``."""
    return items.filter(publisher=section, publication_date__year=year, interpretationpage__isnull=True).order_by(
        "publication_date", "pk")


# -- 第五条（一）（二）（三）: what was published -------------------------------------------------------

@indicator("duties", "工作职责和管理权限公开", "第五条（一）", PRESENT)
def duties(figure, section, year):
    """An item of 机构设置及职能… by the section, live, and published or updated in the year."""
    items = _items_in([DisclosureCategory.ORGANISATION]).live().filter(publisher=section).filter(
        Q(publication_date__year=year) | Q(last_published_at__year=year)
    ).order_by("publication_date", "pk")
    _count(figure, [_page_record(item) for item in items])


@indicator("major_decisions", "重大决策和重要事项公开", "第五条（二）", COUNT)
def major_decisions(figure, section, year):
    items = _published_in(DisclosureItemPage.objects.filter(is_important_policy=True), section, year)
    _count(figure, [_page_record(item) for item in items])


@indicator("procedures", "办事依据、程序、时限和结果公开", "第五条（三）", COUNT)
def procedures(figure, section, year):
    items = _items_in([DisclosureCategory.REGULATIONS, DisclosureCategory.OTHER])
    _count(figure, [_page_record(item) for item in _published_in(items, section, year)])


# -- 第五条（四）: service commitments kept --------------------------------------------------------

@indicator("proactive_on_time", "主动公开按时率（20个工作日）", "第五条（四）", RATE)
def proactive_on_time(figure, section, year):
    """主动公开制度 第四条: published by the 20th working day after the item came into being."""
    calendar = WorkingDayCalendar()
    records = []
    for item in _published_in(DisclosureItemPage.objects.all(), section, year):
        deadline = publication_deadline(item.creation_date, calendar)
        records.append(_page_record(item, item.publication_date <= deadline, f"公开时限 {deadline:%Y-%m-%d}"))
    _count(figure, records, ok=True)


@indicator("requests_on_time", "依申请公开按时答复率", "第五条（四）", RATE)
def requests_on_time(figure, section, year):
    """依申请公开 第五条: answered by the due date of the request's clock."""
    calendar = WorkingDayCalendar()
    requests = (DisclosureRequest.objects.filter(handling_section=section, answered_on__year=year)
                .select_related("fee_notice").prefetch_related("consultations").order_by("answered_on", "pk"))
    records = []
    for request in requests:
        due = answer_due(request, on=request.answered_on, calendar=calendar)
        ok = due is None or request.answered_on <= due
        records.append(Record(f"{request.tracking_number} {request.information_name}", request.answered_on, ok,
                              f"答复期限 {due:%Y-%m-%d}" if due else "",
                              _admin_url("disclosure_requests_disclosurerequest_modeladmin_inspect", request.pk)))
    _count(figure, records, ok=True)


def _interpretation_records(section, year, failing):
    return [
        Record(f"{row.index_number} {row.title}", row.published_on, row.status not in failing,
               f"{row.status_label}（解读期限 {row.due:%Y-%m-%d}）")
        for row in report_rows([section], year)
    ]


@indicator("interpretation_coverage", "政策解读覆盖率", "第五条（四）", RATE)
def interpretation_coverage(figure, section, year):
    """政策解读制度 第二条: the section's documents needing an interpretation that have one live."""
    _count(figure, _interpretation_records(section, year, failing=(MISSING,)), ok=True)


@indicator("interpretation_on_time", "政策解读及时率（3个工作日）", "第五条（四）", RATE)
def interpretation_on_time(figure, section, year):
    """政策解读制度 第四条（四）: with the document or within 3 working days."""
    _count(figure, _interpretation_records(section, year, failing=(LATE, MISSING)), ok=True)


def _opinion_cases(section, year):
    start, end = year_bounds(year)
    return (OpinionCase.objects.filter(sections=section, first_seen_at__gte=start, first_seen_at__lt=end,
                                       unfounded=False).order_by("first_seen_at", "pk"))


def _opinion_figure(figure, section, year, late_q, late_key, due_field):
    """舆情回应制度 第六条: the late cases counted by ``yearly_accountability``, out of the section's cases
    that have the limit (an ordinary case has no report limit, 第三条)."""
    row = next(row for row in yearly_accountability(year) if row["section"].pk == section.pk)
    cases = _opinion_cases(section, year).filter(**{f"{due_field}__isnull": False})
    late = set(cases.filter(late_q()).values_list("pk", flat=True))
    figure.records = [
        Record(case.title, timezone.localdate(case.first_seen_at), case.pk not in late, "超时" if case.pk in late else "",
               _admin_url("public_opinion_opinioncase_modeladmin_inspect", case.pk))
        for case in cases
    ]
    figure.denominator = len(figure.records)
    figure.numerator = figure.denominator - row[late_key]


@indicator("opinion_reports_on_time", "舆情按时报送率", "第五条（四）", RATE)
def opinion_reports_on_time(figure, section, year):
    _opinion_figure(figure, section, year, opinion_deadlines.late_report, "late_reports", "report_due_at")


@indicator("opinion_responses_on_time", "舆情按时回应率", "第五条（四）", RATE)
def opinion_responses_on_time(figure, section, year):
    _opinion_figure(figure, section, year, opinion_deadlines.late_response, "late_responses", "response_due_at")


# -- 第五条（五）: complaints ---------------------------------------------------------------------

HANDLED = (ComplaintState.REPLIED, ComplaintState.CLOSED)
SATISFIED = (Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED)


def section_complaints(section, year):
    """The complaints of ``section`` submitted in ``year`` (Beijing time), as the complaints app counts them."""
    return complaint_statistics.section_complaints(section, year)["received"].records.order_by("submitted_at", "pk")


def _complaint_record(complaint, ok):
    return Record(f"{complaint.tracking_number} {complaint.get_kind_display()}",
                  timezone.localdate(complaint.submitted_at), ok,
                  f"{complaint.get_state_display()} {complaint.get_satisfaction_display()}".strip(),
                  _admin_url("complaints_complaint_modeladmin_inspect", complaint.pk))


@indicator("complaints_handled", "群众投诉办结率", "第五条（五）", RATE)
def complaints_handled(figure, section, year):
    records = [_complaint_record(c, c.state in HANDLED) for c in section_complaints(section, year)]
    _count(figure, records, ok=True)


@indicator("complaints_satisfied", "群众评价满意率", "第五条（五）、第六条", RATE)
def complaints_satisfied(figure, section, year):
    """Of the complaints the citizen rated: 满意 or 基本满意."""
    rated = section_complaints(section, year).exclude(satisfaction="")
    _count(figure, [_complaint_record(c, c.satisfaction in SATISFIED) for c in rated], ok=True)


# -- 协调机制 第六条: incidents ----------------------------------------------------------------------

@indicator("incidents", "差错事件", "第六条 责任追究", COUNT)
def incidents(figure, section, year):
    records = [Record(f"{incident.get_kind_display()}：{incident.description}", incident.occurred_on, None,
                      incident.handling, _admin_url("assessment_incident_modeladmin_inspect", incident.pk))
               for incident in Incident.objects.filter(section=section, occurred_on__year=year)
               .order_by("occurred_on", "pk")]
    _count(figure, records)


RATE_KEYS = [key for key, ind in INDICATORS.items() if ind.kind == RATE]
