"""保密审查审批表 for paper filing: the PDF carries everything the HTML form shows (the 敏感信息提示
line and the 密级确定 lines were missing from it), in the embedded font, with a signature and date
line for each of the four steps (保密审查 第六条)."""

import pytest
from django.urls import reverse

from moderation.approval_form import SIGNATURE_LINE
from moderation.models import SensitiveFinding
from tests.factories import approve_through_chain
from tests.outgoing.pdf_inspection import PdfContents

from .conftest import login


@pytest.fixture
def approved_with_finding(chain):
    chain.page.summary = "联系人手机13912345678"
    chain.page.save()
    return approve_through_chain(chain.page, team=chain.a)


@pytest.mark.django_db
def test_pdf_shows_the_findings_line_of_the_html_form(client, chain, approved_with_finding):
    submission = approved_with_finding
    finding = SensitiveFinding.objects.get(submission=submission)
    line = f"敏感信息提示：{finding.get_kind_display()}（{finding.place}）已确认：{finding.confirmation_reason}"
    login(client, chain.a.leader)
    html = client.get(reverse("moderation:approval_form", args=[submission.pk])).content.decode()
    assert line in html
    pdf = PdfContents(client.get(reverse("moderation:approval_form_pdf", args=[submission.pk])).content)
    assert line.replace(" ", "") in pdf.flat_text


@pytest.mark.django_db
def test_pdf_embeds_its_font_and_has_a_signature_line_per_step(client, chain, approved_with_finding):
    submission = approved_with_finding
    login(client, chain.a.leader)
    pdf = PdfContents(client.get(reverse("moderation:approval_form_pdf", args=[submission.pk])).content)
    assert any("WenQuanYiMicroHei" in name for name in pdf.embedded_fonts)
    assert pdf.flat_text.count("签字：") == 4
    assert pdf.flat_text.count("日期：年月日") == 4
    html = client.get(reverse("moderation:approval_form", args=[submission.pk])).content.decode()
    assert html.count(SIGNATURE_LINE.split("\n")[0]) == 4
