"""A year (2025) of records with known counts for the annual report's tables, and its neighbours."""

import datetime
from decimal import Decimal

from assessment.models import ExternalFigures
from disclosure_pages.models import DocumentKind, Validity
from disclosure_requests.models import FeeNotice, LegalChallenge
from disclosure_requests.models.choices import ANSWER_KIND_OUTCOMES, NationalOutcome
from disclosure_requests.statistics import COLUMNS
from tests.disclosure_requests.factories import DisclosureRequestFactory, OrganisationApplicantFactory
from tests.factories import DisclosureItemPageFactory

D = datetime.date
YEAR = 2025
COLUMN_LABELS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]


def answer_kind_for(outcome):
    return next(kind for kind, outcomes in ANSWER_KIND_OUTCOMES.items() if outcome in outcomes)


def request(column, received_on, answered_on=None, outcome=None):
    if column == "natural_person":
        kwargs = {}
    else:
        kwargs = {"applicant": OrganisationApplicantFactory(organisation_kind=column)}
    if answered_on:
        kwargs.update(state="answered", answered_on=answered_on, outcome=outcome, answer_kind=answer_kind_for(outcome))
    return DisclosureRequestFactory(received_on=received_on, **kwargs)


def document(office, kind, created, validity=Validity.IN_FORCE, changed=None, live=True, **kwargs):
    explanation = "已被新文件替代。" if validity != Validity.IN_FORCE else ""
    return DisclosureItemPageFactory(
        parent=office.portal.categories["regulations"], publisher=office.section, document_kind=kind,
        is_normative=kind == DocumentKind.NORMATIVE, creation_date=created, validity=validity, validity_changed_on=changed, validity_explanation=explanation,
        live=live, **kwargs)


def build_year_of_records(office):
    """Returns the requests by outcome (for later changes) and the pending review case."""
    rule, normative = DocumentKind.RULE, DocumentKind.NORMATIVE
    # 规章: in force from 2023; issued 2025; issued 2022 and repealed in 2025.
    document(office, rule, D(2023, 5, 1))
    document(office, rule, D(2025, 3, 1))
    document(office, rule, D(2022, 4, 1), Validity.REPEALED, D(2025, 6, 1))
    # 行政规范性文件: two issued in 2025, one of them repealed (失效) the same year; one in force from 2024;
    # one of 2024 repealed in 2026 (still in force on 31 Dec 2025).
    document(office, normative, D(2025, 2, 1))
    document(office, normative, D(2025, 2, 1), Validity.EXPIRED, D(2025, 10, 10))
    document(office, normative, D(2024, 1, 10))
    document(office, normative, D(2024, 5, 1), Validity.REPEALED, D(2026, 2, 1))
    # Not counted: never published, and an item of no document kind.
    document(office, normative, D(2025, 7, 1), live=False, title="未公开的规范性文件")
    document(office, DocumentKind.NONE, D(2025, 7, 1))

    ExternalFigures.objects.create(year=YEAR, licensing_decisions=12, penalty_decisions=3, enforcement_decisions=0,
                                   fees_collected=Decimal("1.25"))

    # 表三: one request of every outcome leaf, the applicant columns taken in turn.
    requests = {}
    for index, outcome in enumerate(NationalOutcome):
        requests[outcome.value] = request(COLUMNS[index % 6], D(YEAR, 3, 1), D(YEAR, 3, 20), outcome)
    # Carried in from 2024 (answered in 2025), carried out into 2026 (open, and answered in 2026).
    request("natural_person", D(2024, 12, 20), D(YEAR, 1, 10), NationalOutcome.DISCLOSED)
    request("charity", D(YEAR, 12, 28))
    late = request("business", D(YEAR, 12, 15), D(2026, 1, 5), NationalOutcome.DISCLOSED)
    # Neither year: answered within 2024, received in 2026.
    request("natural_person", D(2024, 5, 6), D(2024, 5, 20), NationalOutcome.DISCLOSED)
    request("research", D(2026, 1, 6))

    # 表四: cases filed in 2025, one decided only in 2026 (尚未审结 on 31 Dec).
    about = requests[NationalOutcome.WITHHELD_STATE_SECRET.value]

    def case(kind, filed_on, result="pending", decided_on=None):
        return LegalChallenge.objects.create(request=about, kind=kind, filed_on=filed_on, result=result,
                                             decided_on=decided_on)

    case("review", D(YEAR, 2, 1), "upheld", D(YEAR, 5, 1))
    case("review", D(YEAR, 3, 1), "corrected", D(YEAR, 8, 1))
    pending = case("review", D(YEAR, 9, 1))
    case("review", D(YEAR, 11, 1), "upheld", D(2026, 2, 1))
    case("direct_litigation", D(YEAR, 4, 1), "other", D(YEAR, 11, 1))
    case("direct_litigation", D(YEAR, 5, 1), "corrected", D(YEAR, 12, 1))
    case("litigation_after_review", D(YEAR, 6, 1), "upheld", D(YEAR, 12, 30))
    case("review", D(2024, 6, 1), "upheld", D(2024, 9, 1))
    case("review", D(2026, 1, 20))

    # 信息处理费: paid in 2025 (100.00 + 200.50), lapsed, and paid in 2026.
    def fee(r, amount, status, settled_on):
        FeeNotice.objects.create(request=r, basis="per_item", quantity=11, amount=Decimal(amount), explanation="按件",
                                 issued_on=settled_on, issued_by=office.team.drafter, status=status,
                                 settled_on=settled_on)

    fee(requests["disclosed"], "100.00", "paid", D(YEAR, 3, 10))
    fee(requests["partly_disclosed"], "200.50", "paid", D(YEAR, 3, 12))
    fee(requests["other_fee_unpaid"], "300.00", "lapsed", D(YEAR, 4, 12))
    fee(late, "100.00", "paid", D(2026, 1, 3))
    return {"requests": requests, "pending_case": pending, "late_request": late}
