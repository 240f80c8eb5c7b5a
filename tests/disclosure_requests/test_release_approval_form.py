"""The approval form of a release (as moderation's 保密审查审批表 for pages): the answer, its files and
the four opinions, in HTML and PDF, every user string escaped."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from pypdf import PdfReader

from disclosure_requests import release_review, services

from .conftest import login

pytestmark = pytest.mark.django_db

MARKUP = '<b>粗体</b><img src="/etc/passwd"><a href="http://evil.example/">链接</a><script>alert(1)</script>'


@pytest.fixture
def approved(staff, received, on_day):
    import datetime

    on_day(datetime.date(2026, 11, 10))
    services.answer(received, staff.drafter, answer_kind="disclose", outcome="disclosed",
                    answer_content=f"目录全文。{MARKUP}", files=[SimpleUploadedFile("目录<1>.pdf", b"%PDF-1.4 x")])
    proposal = release_review.current_proposal(received)
    for step, user in enumerate(staff.release_team, 1):
        services.give_release_opinion(proposal, user, "approved", f"第{step}步意见 {MARKUP}")
    return proposal


def urls(proposal):
    args = [proposal.request_id, proposal.pk]
    return (reverse("disclosure_requests_admin:release_approval_form", args=args),
            reverse("disclosure_requests_admin:release_approval_form_pdf", args=args))


def test_html_form_shows_the_four_opinions_escaped(client, staff, approved):
    html = login(client, staff.drafter).get(urls(approved)[0]).content.decode()
    assert "依申请公开答复保密审查审批表" in html and approved.request.tracking_number in html
    for text in ["起草科室工作人员初步意见", "科室负责人审查意见", "办公室保密审查意见", "分管领导审批",
                 *(u.username for u in staff.release_team), *(f"第{n}步意见" for n in range(1, 5)),
                 "目录&lt;1&gt;.pdf", approved.files.get().sha256[:16]]:
        assert text in html, text
    assert "<script>" not in html and "<img" not in html and 'href="http://evil' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_pdf_form_shows_the_four_opinions_as_typed(client, staff, approved):
    response = login(client, staff.leader).get(urls(approved)[1])
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = "".join(page.extract_text() for page in reader.pages).replace("\n", "").replace(" ", "")
    for label in ["依申请公开答复保密审查审批表", "起草科室工作人员初步意见", "科室负责人审查意见",
                  "办公室保密审查意见", "分管领导审批", *(u.username for u in staff.release_team),
                  "第1步意见", "第4步意见", "目录<1>.pdf"]:
        assert label.replace(" ", "") in text, label
    assert "<b>粗体</b>" in text and '<imgsrc="/etc/passwd">' in text
    assert all("/Annots" not in page for page in reader.pages)  # no link was made of the markup
    assert all(not page.images for page in reader.pages)


def test_form_of_an_open_review_shows_the_opinions_so_far(client, staff, proposed, received):
    services.give_release_opinion(proposed, staff.drafter, "approved", "拟同意公开")
    html = login(client, staff.head).get(urls(proposed)[0]).content.decode()
    assert "拟同意公开" in html and staff.drafter.username in html and staff.leader.username not in html
