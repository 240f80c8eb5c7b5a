"""The numbers of the annual report's tables 二, 三 and 四 and the fee sentence, for one calendar year.

Each function returns plain numbers keyed by row and column; ``layout`` gives them the national labels.
"""

import datetime
from decimal import Decimal

from django.db.models import Q, Sum

from disclosure_pages.models import Classification, DisclosureDecision, DisclosureItemPage, DocumentKind, Validity
from disclosure_requests.models import FeeNotice, LegalChallenge
from disclosure_requests.models.choices import ChallengeKind, ChallengeResult, FeeStatus
from disclosure_requests.statistics import COLUMNS, annual_statistics

from ..models import ExternalFigures

LAPSED = [Validity.EXPIRED, Validity.REPEALED]
CHALLENGE_RESULTS = [ChallengeResult.UPHELD, ChallengeResult.CORRECTED, ChallengeResult.OTHER, ChallengeResult.PENDING]


def year_bounds(year):
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def published_documents():
    """Items that count in 表二: published once (first publication done), proactive and unclassified."""
    return DisclosureItemPage.objects.filter(
        first_published_at__isnull=False,
        classification=Classification.NONE,
        disclosure_decision=DisclosureDecision.PROACTIVE,
    ).exclude(document_kind=DocumentKind.NONE)


def document_counts(year):
    """{kind: {"issued", "repealed", "in_force"}} for 规章 and 行政规范性文件 (条例 第二十条第（一）项):
    issued in the year of its 生成日期, repealed in the year its validity became 失效 or 废止,
    in force on 31 December."""
    start, end = year_bounds(year)
    items = published_documents()
    counts = {}
    for kind in (DocumentKind.RULE, DocumentKind.NORMATIVE):
        of_kind = items.filter(document_kind=kind)
        lapsed_by_end = Q(validity__in=LAPSED) & (Q(validity_changed_on__isnull=True) | Q(validity_changed_on__lte=end))
        counts[kind.value] = {
            "issued": of_kind.filter(creation_date__range=(start, end)).count(),
            "repealed": of_kind.filter(validity__in=LAPSED, validity_changed_on__range=(start, end)).count(),
            "in_force": of_kind.filter(creation_date__lte=end).exclude(lapsed_by_end).count(),
        }
    return counts


def table_two(year):
    """表二: the document rows from the catalogue, the other rows as the office entered them (None when
    it has not yet)."""
    external = ExternalFigures.objects.filter(year=year).first()
    return {
        "documents": document_counts(year),
        "licensing": external.licensing_decisions if external else None,
        "penalty": external.penalty_decisions if external else None,
        "enforcement": external.enforcement_decisions if external else None,
        "fees": external.fees_collected if external else None,
    }


def table_three(year):
    """表三, as ``disclosure_requests.statistics.annual_statistics`` computes it."""
    return annual_statistics(year)


def invariant_failures(data):
    """The columns of 表三 where 一 + 二 ≠ 三（七） + 四 (empty when the table is consistent)."""
    return [column for column in COLUMNS + ["total"]
            if data["new"][column] + data["carried_in"][column]
            != data["results_total"][column] + data["carried_out"][column]]


def table_four(year):
    """表四: {kind: {result: n, "total": n}} for the cases filed in ``year``, with their result as of 31
    December (a case decided later counts as 尚未审结)."""
    start, end = year_bounds(year)
    table = {kind.value: dict.fromkeys([r.value for r in CHALLENGE_RESULTS] + ["total"], 0) for kind in ChallengeKind}
    cases = LegalChallenge.objects.filter(filed_on__range=(start, end)).values_list("kind", "result", "decided_on")
    for kind, result, decided_on in cases:
        if decided_on is None or decided_on > end:
            result = ChallengeResult.PENDING.value
        table[kind][result] += 1
        table[kind]["total"] += 1
    return table


def fees_collected(year):
    """信息处理费 actually paid in ``year`` (国办函〔2020〕109号), in yuan."""
    start, end = year_bounds(year)
    paid = FeeNotice.objects.filter(status=FeeStatus.PAID, settled_on__range=(start, end))
    return paid.aggregate(total=Sum("amount"))["total"] or Decimal("0.00")


def fee_sentence(year, amount):
    """The 收费 sentence of 六、其他需要报告的事项."""
    if not amount:
        return f"依据《政府信息公开信息处理费管理办法》规定，{year}年本机关未收取信息处理费。"
    return f"依据《政府信息公开信息处理费管理办法》规定，{year}年本机关实际收取信息处理费共计{amount:.2f}元。"
