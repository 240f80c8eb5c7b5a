"""Letters as PDF: what the applicant or the staff typed (names, the information asked for, reasons)
is printed as typed, never read as markup by ReportLab (links, images of server files, forged text)."""

import datetime

import pytest
from django.urls import reverse

from disclosure_requests import services
from tests.outgoing.pdf_inspection import PdfContents

from .factories import ApplicantFactory, DisclosureRequestFactory

pytestmark = pytest.mark.django_db

NAME = '张三<img src="/etc/passwd"/>'
INFORMATION = '<a href="http://evil.example/">数据目录</a> & a<b'
REASONS = "<font size=40>属于过程稿</font>"


@pytest.fixture
def answered(staff, on_day):
    on_day(datetime.date(2026, 11, 10))
    r = DisclosureRequestFactory(applicant=ApplicantFactory(name=NAME), information_name=INFORMATION,
                                 received_on=datetime.date(2026, 11, 2), handling_section=staff.section)
    services.answer(r, staff.drafter, answer_kind="withhold", outcome="withheld_process",
                    answer_basis="《中华人民共和国政府信息公开条例》第十六条", answer_reasons=REASONS)
    return r


def assert_literal(response):
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    contents = PdfContents(response.content)
    for text in (NAME, INFORMATION, REASONS):
        assert text.replace(" ", "") in contents.flat_text, text
    assert contents.annotations == [] and contents.image_count == 0
    assert any("WenQuanYiMicroHei" in name for name in contents.embedded_fonts)


def test_applicant_reads_the_letter_as_typed(client, answered):
    client.post(reverse("disclosure_requests:status"),
                {"tracking_number": answered.tracking_number, "query_code": "CODE2345"})
    letter = answered.letters.get(kind="answer")
    assert_literal(client.get(reverse("disclosure_requests:letter_pdf", args=[letter.number])))


def test_staff_print_the_letter_as_typed(client, staff, answered, as_user):
    letter = answered.letters.get(kind="answer")
    as_user(staff.drafter)
    assert_literal(client.get(reverse("disclosure_requests_admin:letter_pdf", args=[answered.pk, letter.pk])))
