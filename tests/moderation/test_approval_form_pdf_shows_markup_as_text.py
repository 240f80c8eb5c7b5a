"""保密审查审批表 as PDF: titles and opinions carrying markup are printed as typed. Before, ReportLab
read them as markup: forged text, links, any image file the server can read, and a 500 on a bare ``<``."""

import pytest
from django.urls import reverse

from tests.factories import approve_through_chain
from tests.outgoing.pdf_inspection import PdfContents

from .conftest import login

TITLE = '关于<数据>共享的通知<img src="/etc/passwd"/>'
COMMENT = '同意<a href="http://evil.example/">点此</a><font size=40>已批准</font>'


@pytest.mark.django_db
def test_title_and_comment_with_markup_are_literal(client, chain):
    chain.page.title = TITLE
    chain.page.save()
    submission = approve_through_chain(chain.page, team=chain.a, comment=COMMENT)
    response = login(client, chain.a.leader).get(reverse("moderation:approval_form_pdf", args=[submission.pk]))
    assert response.status_code == 200
    contents = PdfContents(response.content)
    assert TITLE.replace(" ", "") in contents.flat_text
    assert COMMENT.replace(" ", "") in contents.flat_text
    assert contents.annotations == [] and contents.image_count == 0
    assert any("WenQuanYiMicroHei" in name for name in contents.embedded_fonts)
