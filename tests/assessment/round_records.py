"""A year (2025) of records with known counts for the assessment's indicators (考核评议制度 第五条).

Section A (数据资源科):
- items (20 working days, 主动公开制度 第四条): an 机构职能 item; two items created on 2025-09-22, whose
  period runs across the National Day holiday, one published on its deadline and one the day after;
  three normative documents and one important policy (with a 2024 item that does not count);
- interpretations: with the document, within 3 working days, late, and missing;
- requests: two answered on time (one across the holiday), one late, one answered in 2026;
- opinion cases (重大): one on time, one reported late, one 误报 (counts nowhere);
- complaints: replied and satisfied, closed and dissatisfied, still in hand, and one of 2024;
- incidents: two in 2025, one in 2024.
Section B (信息化建设科): one item published on time, nothing else.
"""

import datetime

from django.utils import timezone

from assessment.models import Incident, IncidentKind
from complaints.models import Complaint, ComplaintKind, ComplaintState, Satisfaction
from disclosure_pages.interpretation_clock import interpretation_due
from disclosure_pages.models import DisclosureItemPage
from disclosure_pages.publication_clock import publication_deadline
from disclosure_requests.clocks import answer_due
from disclosure_requests.models import DisclosureRequest
from disclosure_requests.models.choices import State
from public_opinion.models import OpinionCase, Severity
from tests.disclosure_requests.factories import DisclosureRequestFactory
from tests.factories import DisclosureItemPageFactory, InterpretationPageFactory
from tests.public_opinion.factories import OpinionCaseFactory

YEAR = 2025
D = datetime.date
HOLIDAY_CREATION = D(2025, 9, 22)  # its 20 working days run across 国庆节 (1–8 October 2025)


def published_on(page, day):
    """Set the Beijing publication date of a page created by the factories (published today)."""
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))
    DisclosureItemPage.objects.filter(pk=page.pk).update(publication_date=day, first_published_at=moment,
                                                        last_published_at=moment)
    page.refresh_from_db()
    return page


def item(portal, section, category, creation, published, **kwargs):
    page = DisclosureItemPageFactory(parent=portal.categories[category], publisher=section, creation_date=creation,
                                     **kwargs)
    return published_on(page, published)


def interpretation(portal, document, published):
    page = InterpretationPageFactory(parent=portal.categories["regulations"], interpreted_document=document,
                                     creation_date=document.creation_date)
    return published_on(page, published)


def answered(section, received, answered_on):
    request = DisclosureRequestFactory(handling_section=section, received_on=received, state=State.ANSWERED,
                                       answered_on=answered_on)
    return request


def at(day, hour=10):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def build_year(portal, section_a, section_b):
    """The records above; returns a namespace of what the tests compare against."""
    class Year:
        """What the tests compare against, as attributes."""

    y = Year()
    y.holiday_deadline = publication_deadline(HOLIDAY_CREATION)
    y.org = item(portal, section_a, "organisation", D(2025, 3, 3), D(2025, 3, 10), title="数据资源科主要职责")
    y.on_time = item(portal, section_a, "other", HOLIDAY_CREATION, y.holiday_deadline, title="国庆前形成按时公开")
    y.late = item(portal, section_a, "other", HOLIDAY_CREATION, y.holiday_deadline + datetime.timedelta(days=1),
                  title="国庆前形成逾期公开")
    n1 = item(portal, section_a, "regulations", D(2025, 5, 6), D(2025, 5, 12), is_normative=True, title="规范性文件一")
    n2 = item(portal, section_a, "regulations", D(2025, 6, 2), D(2025, 6, 9), is_normative=True, title="规范性文件二")
    item(portal, section_a, "regulations", D(2025, 7, 1), D(2025, 7, 7), is_normative=True, title="规范性文件三")
    policy = item(portal, section_a, "planning", D(2025, 8, 1), D(2025, 8, 5), is_important_policy=True,
                  title="重大决策事项")
    item(portal, section_a, "other", D(2024, 12, 2), D(2024, 12, 20), title="上一年度的条目")
    interpretation(portal, n1, n1.publication_date)  # together
    interpretation(portal, n2, interpretation_due(n2.publication_date) + datetime.timedelta(days=1))  # late
    interpretation(portal, policy, interpretation_due(policy.publication_date))  # within 3 working days
    item(portal, section_b, "other", D(2025, 4, 1), D(2025, 4, 3), title="信息化建设科按时公开")

    on_time = answered(section_a, D(2025, 3, 3), D(2025, 3, 20))
    across = DisclosureRequestFactory(handling_section=section_a, received_on=HOLIDAY_CREATION, state=State.ANSWERED)
    DisclosureRequest.objects.filter(pk=across.pk).update(answered_on=answer_due(across))
    late = DisclosureRequestFactory(handling_section=section_a, received_on=D(2025, 4, 1), state=State.ANSWERED)
    DisclosureRequest.objects.filter(pk=late.pk).update(answered_on=answer_due(late) + datetime.timedelta(days=1))
    answered(section_a, D(2025, 12, 22), D(2026, 1, 5))
    y.requests = [on_time, across, late]

    good = OpinionCaseFactory(sections=[section_a], first_seen_at=at(D(2025, 5, 10)), severity=Severity.MAJOR)
    slow = OpinionCaseFactory(sections=[section_a], first_seen_at=at(D(2025, 6, 10)), severity=Severity.MAJOR)
    wrong = OpinionCaseFactory(sections=[section_a], first_seen_at=at(D(2025, 7, 10)), severity=Severity.MAJOR)
    for case, report_delay in [(good, -1), (slow, 1)]:
        case.refresh_from_db()
        OpinionCase.objects.filter(pk=case.pk).update(
            reported_at=case.report_due_at + datetime.timedelta(hours=report_delay),
            responded_at=case.response_due_at - datetime.timedelta(hours=1))
    OpinionCase.objects.filter(pk=wrong.pk).update(unfounded=True)

    for number, (submitted, state, satisfaction) in enumerate([
        (D(2025, 2, 1), ComplaintState.REPLIED, Satisfaction.SATISFIED),
        (D(2025, 5, 1), ComplaintState.CLOSED, Satisfaction.DISSATISFIED),
        (D(2025, 11, 1), ComplaintState.HANDLING, ""),
        (D(2024, 11, 1), ComplaintState.CLOSED, Satisfaction.SATISFIED),
    ]):
        Complaint.objects.create(tracking_number=f"TS2025-{number:04d}", kind=ComplaintKind.COMPLAINT,
                                 section=section_a, name="张三", content="反映公开不及时。",
                                 submitted_at=at(submitted), state=state, satisfaction=satisfaction)

    for occurred in [D(2025, 3, 1), D(2025, 10, 20), D(2024, 6, 1)]:
        Incident.objects.create(section=section_a, kind=IncidentKind.LATE, occurred_on=occurred, found_on=occurred,
                                description="未按时公开。")
    return y
