"""备案: items decided 不予公开 / 依申请公开, with their grounds (主动公开 第二条, 保密审查 第八条)."""

from django.utils import timezone
from wagtail.models import WorkflowState

from disclosure_pages.models import DisclosureDecision
from outgoing.tables import export_response

from .approval_form import person_name
from .models import Outcome, ReviewOpinion, ReviewStep

CSV_HEADER = ["索引号", "信息名称", "文号", "发布机构", "公开方式", "依据", "说明", "审批人", "审批时间"]


def filed_decisions():
    return (
        ReviewOpinion.objects.filter(
            step=ReviewStep.LEADER_APPROVAL,
            outcome=Outcome.APPROVED,
            decision__in=[DisclosureDecision.WITHHELD, DisclosureDecision.ON_REQUEST],
            submission__status=WorkflowState.STATUS_APPROVED,
        )
        .select_related("reviewer", "page")
        .order_by("-created_at")
    )


def filing_rows(opinions):
    from disclosure_pages.models import DisclosureItemPage

    pages = DisclosureItemPage.objects.select_related("publisher").in_bulk([o.page_id for o in opinions])
    for opinion in opinions:
        page = pages.get(opinion.page_id)
        yield {
            "opinion": opinion,
            "page": page,
            "values": [
                getattr(page, "index_number", ""),
                page.title if page else opinion.page.title,
                getattr(page, "document_number", ""),
                str(page.publisher) if page else "",
                opinion.get_decision_display(),
                opinion.grounds_display,
                opinion.comment,
                person_name(opinion.reviewer),
                timezone.localtime(opinion.created_at).strftime("%Y-%m-%d %H:%M"),
            ],
        }


def filings_export(opinions, fmt):
    """The filing as a CSV or XLSX download (cells neutralised by ``outgoing.tables``)."""
    rows = (row["values"] for row in filing_rows(opinions))
    return export_response("filings", CSV_HEADER, rows, fmt=fmt, sheet_title="不予公开备案")
