"""One check of each identifier and one mask (outgoing.identifiers), the same in the sensitive-content
scan and in the request form: a number the form accepts is one the scan finds, and both mask it alike."""

import pytest
from django.core.exceptions import ValidationError

from disclosure_requests.validators import validate_credit_code, validate_id_number, validate_phone
from moderation.models import FindingKind
from moderation.scan import scan_text
from outgoing.identifiers import mask

ZHONGWEI_ID = "640502199001010013"  # 6405xx: a region code newer than python-stdnum's list
VALID_USCC = "91350100M000100Y43"


def check_digit_fixed(number):
    from stdnum.cn import ric

    return number[:17] + ric.calc_check_digit(number)


@pytest.mark.parametrize(("text", "kind", "validate"), [
    (check_digit_fixed(ZHONGWEI_ID), FindingKind.RESIDENT_ID, validate_id_number),
    (VALID_USCC, FindingKind.CREDIT_CODE, validate_credit_code),
    ("13912345678", FindingKind.MOBILE, validate_phone),
])
def test_what_the_form_accepts_the_scan_finds_and_masks_alike(text, kind, validate):
    validate(text)
    [found] = scan_text(f"联系人：{text}。", "正文")
    assert found.kind == kind
    assert mask(text) in found.excerpt and text not in found.excerpt


def test_a_wrong_check_character_is_refused_by_the_form_and_ignored_by_the_scan():
    number = check_digit_fixed(ZHONGWEI_ID)
    wrong = number[:17] + ("0" if number[17] != "0" else "1")
    with pytest.raises(ValidationError):
        validate_id_number(wrong)
    assert scan_text(f"身份证号{wrong}", "正文") == []


def test_classification_markings_are_shown_not_masked():
    [found] = scan_text("本文件为秘密★5年。", "正文")
    assert found.kind == FindingKind.CLASSIFICATION_MARK and "秘密★5年" in found.excerpt
