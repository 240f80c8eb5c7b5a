"""Checks on what applicants type in (条例 第二十九条: identity and contact details).

Every value is NFKC-normalised first, so full-width digits and letters (１１０１…, ＡＢ) typed
with a Chinese input method are checked and stored as their ASCII forms.
"""

import datetime
import re
import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator

from outgoing.identifiers import (
    CREDIT_CODE_CHARACTERS,
    credit_code_has_valid_check,
    is_mobile_number,
    resident_id_has_valid_check,
)


def normalise(value):
    """NFKC, trimmed, inner runs of white space collapsed. ``None`` stays ``None``."""
    if value is None:
        return None
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(value))).strip()


# GB 11643-1999 公民身份号码: 17 digits and a check character (outgoing.identifiers).
def validate_id_number(value):
    value = normalise(value).upper()
    if not re.fullmatch(r"\d{17}[\dX]", value):
        raise ValidationError("公民身份号码应为18位，前17位为数字，最后一位为数字或X。", code="id_format")
    try:
        datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        raise ValidationError("公民身份号码中的出生日期无效。", code="id_birth_date") from None
    if not resident_id_has_valid_check(value):
        raise ValidationError("公民身份号码校验码不正确，请核对后重新填写。", code="id_check_digit")


# GB 32100-2015 统一社会信用代码: 18 characters from a 31-character set (no I, O, Z, S, V).
def validate_credit_code(value):
    value = normalise(value).upper()
    if not re.fullmatch(f"[{CREDIT_CODE_CHARACTERS}]{{18}}", value):
        raise ValidationError(
            "统一社会信用代码应为18位数字或大写字母（不含I、O、Z、S、V）。", code="credit_code_format"
        )
    if not credit_code_has_valid_check(value):
        raise ValidationError("统一社会信用代码校验码不正确，请核对后重新填写。", code="credit_code_check_digit")


# Fixed lines with area code (010-12345678, 0955-1234567, extension); mobiles by outgoing.identifiers.
FIXED_LINE = re.compile(r"0\d{2,3}-?\d{7,8}(-\d{1,6})?")


def validate_phone(value):
    value = normalise(value).replace(" ", "")
    if not (is_mobile_number(value) or FIXED_LINE.fullmatch(value)):
        raise ValidationError(
            "联系电话格式不正确：请填写11位手机号码，或带区号的固定电话（如 0955-1234567）。", code="phone"
        )


def validate_email(value):
    try:
        EmailValidator()(normalise(value))
    except ValidationError:
        raise ValidationError("电子邮箱格式不正确，例如：name@example.com。", code="email") from None


def validate_postcode(value):
    if not re.fullmatch(r"\d{6}", normalise(value)):
        raise ValidationError("邮政编码应为6位数字。", code="postcode")


def validate_other_document_number(value):
    if not re.fullmatch(r"[A-Za-z0-9-]{5,30}", normalise(value)):
        raise ValidationError("证件号码应为5至30位字母或数字。", code="document_number")
