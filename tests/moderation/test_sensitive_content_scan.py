"""保密审查 第五条: the scan finds personal data and markings before the confidentiality review."""

import io

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from moderation.models import FindingKind
from moderation.scan import document_text, scan_text
from outgoing.identifiers import bank_card_is_valid, credit_code_has_valid_check, resident_id_has_valid_check

VALID_ID = "11010519491231002X"  # GB 11643 example number
WRONG_ID = "110105194912310021"  # same number, wrong check digit
VALID_CARD = "6222021234567890128"  # 19 digits, Luhn-valid
VALID_USCC = "91350100M000100Y43"  # GB 32100 check digit valid


def kinds(text):
    return [m.kind for m in scan_text(text, "正文")]


def test_check_digit_algorithms():
    assert resident_id_has_valid_check(VALID_ID)
    assert not resident_id_has_valid_check(WRONG_ID)
    assert bank_card_is_valid(VALID_CARD) and not bank_card_is_valid("6222021234567890127")
    assert credit_code_has_valid_check(VALID_USCC) and not credit_code_has_valid_check("91350100M000100Y44")


def test_finds_valid_resident_id_and_ignores_wrong_check_digit():
    assert kinds(f"申请人身份证号{VALID_ID}，") == [FindingKind.RESIDENT_ID]
    assert kinds(f"流水号{WRONG_ID}。") == []


def test_finds_mobile_bank_card_credit_code():
    assert kinds("联系电话13912345678") == [FindingKind.MOBILE]
    assert kinds(f"收款账号 {VALID_CARD}") == [FindingKind.BANK_CARD]
    assert kinds("收款账号 6222 0212 3456 7890 128") == [FindingKind.BANK_CARD]
    assert kinds(f"统一社会信用代码：{VALID_USCC}") == [FindingKind.CREDIT_CODE]
    assert kinds("电话 0955-7012345，邮编 755000") == []


def test_finds_classification_markings_but_not_category_names():
    assert kinds("机密★1年") == [FindingKind.CLASSIFICATION_MARK]
    assert kinds("本文件为绝密件") == [FindingKind.CLASSIFICATION_MARK]
    assert kinds("涉及国家秘密、商业秘密的信息不予公开") == []


def test_matches_are_masked_in_excerpts():
    (match,) = scan_text(f"身份证{VALID_ID}", "正文")
    assert VALID_ID not in match.excerpt and match.excerpt.startswith("身份证110")


def _document(name, data):
    return Document.objects.create(title=name, file=ContentFile(data, name=name))


@pytest.mark.django_db
def test_text_of_attached_documents_is_extracted():
    import docx
    from reportlab.pdfgen import canvas

    assert "13912345678" in document_text(_document("a.txt", "电话13912345678".encode("gb18030")))
    assert "13912345678" in document_text(_document("a.html", "<p>电话<b>13912345678</b></p>".encode()))
    word = docx.Document()
    word.add_paragraph(f"身份证 {VALID_ID}")
    buffer = io.BytesIO()
    word.save(buffer)
    assert VALID_ID in document_text(_document("a.docx", buffer.getvalue()))
    pdf = io.BytesIO()
    c = canvas.Canvas(pdf)
    c.drawString(72, 720, f"ID {VALID_ID}")
    c.save()
    assert VALID_ID in document_text(_document("a.pdf", pdf.getvalue()))
