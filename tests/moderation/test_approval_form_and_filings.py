"""Records for the archive: the 保密审查审批表 per submission, and the filing of items decided
不予公开 / 依申请公开 with their grounds (主动公开 第二条, 保密审查 第八条)."""

import csv
import io

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from disclosure_pages.models import DisclosureDecision
from moderation.models import WithholdingGround
from tests.factories import approve_through_chain

from .conftest import login
from .flow import fresh


@pytest.mark.django_db
def test_approval_form_shows_four_opinions_and_metadata(client, chain):
    submission = approve_through_chain(chain.page, team=chain.a, comment="同意公开")
    page = fresh(chain.page)
    html = login(client, chain.a.drafter).get(reverse("moderation:approval_form", args=[submission.pk])).content.decode()
    assert "政府信息公开保密审查审批表" in html
    for text in [page.title, page.index_number, page.document_number, chain.section_a.name,
                 "起草科室工作人员初步意见", "科室负责人审查意见", "办公室保密审查意见", "分管领导审批",
                 *(u.username for u in chain.a.steps)]:
        assert text in html, text


@pytest.mark.django_db
def test_approval_form_pdf(client, chain):
    submission = approve_through_chain(chain.page, team=chain.a)
    response = login(client, chain.a.leader).get(reverse("moderation:approval_form_pdf", args=[submission.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    from pypdf import PdfReader

    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "保密审查审批表" in text


@pytest.mark.django_db
def test_withheld_item_is_filed_with_grounds_and_not_published(client, chain):
    submission = approve_through_chain(
        chain.page, team=chain.a, decision=DisclosureDecision.WITHHELD,
        grounds=[WithholdingGround.PERSONAL_PRIVACY], comment="含个人信息",
    )
    page = fresh(chain.page)
    assert submission.status == WorkflowState.STATUS_APPROVED
    assert not page.live and page.disclosure_decision == DisclosureDecision.WITHHELD

    login(client, chain.a.reviewer)
    html = client.get(reverse("moderation:filings")).content.decode()
    assert page.title in html and "个人隐私" in html and "不予公开" in html
    response = client.get(reverse("moderation:filings_csv"))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:2] == ["索引号", "信息名称"]
    assert rows[1][0] == page.index_number and rows[1][4] == "不予公开" and rows[1][5] == "个人隐私"


@pytest.mark.django_db
def test_proactive_items_are_not_filed(client, chain):
    approve_through_chain(chain.page, team=chain.a)
    login(client, chain.a.leader)
    rows = list(csv.reader(io.StringIO(client.get(reverse("moderation:filings_csv")).content.decode("utf-8-sig"))))
    assert len(rows) == 1
