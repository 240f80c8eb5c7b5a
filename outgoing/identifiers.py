"""Personal identifiers: one check of each kind and one way of masking them.

Used by the sensitive-content scan (``moderation.scan``: what a document must not carry) and by the
request form (``disclosure_requests.validators``: what an applicant types), and by every list and
export that shows an applicant's number (``mask``).

The checks use python-stdnum's check-character algorithms only: its full validation of a resident ID
also looks the region code up in its own list, which lacks newer codes such as Zhongwei's 6405xx,
and refuses Y-prefixed credit codes; neither may be refused or missed here.
"""

import re

from stdnum import luhn
from stdnum.cn import ric, uscc

# GB 11643-1999 公民身份号码: 17 digits and a check character (ISO 7064 MOD 11-2).
RESIDENT_ID = re.compile(r"\d{17}[\dX]")
# GB 32100-2015 统一社会信用代码: 18 characters from a 31-character set (no I, O, Z, S, V), MOD 31.
CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_CODE = re.compile(f"[{CREDIT_CODE_CHARACTERS}]{{18}}")
# Mainland mobile numbers: 1, then 3 to 9, then nine digits.
MOBILE = re.compile(r"1[3-9]\d{9}")


def resident_id_has_valid_check(number):
    """Eighteen characters whose last is the GB 11643 check character (``x`` read as ``X``)."""
    number = number.upper()
    return bool(RESIDENT_ID.fullmatch(number)) and ric.calc_check_digit(number) == number[17]


def credit_code_has_valid_check(code):
    """Eighteen characters of the GB 32100 set whose last is the check character."""
    code = code.upper()
    return bool(CREDIT_CODE.fullmatch(code)) and uscc.calc_check_digit(code[:17]) == code[17]


def bank_card_is_valid(number):
    """A bank card number: 16 to 19 digits (spaces and hyphens between groups ignored) passing Luhn."""
    digits = re.sub(r"\D", "", number)
    return 16 <= len(digits) <= 19 and luhn.is_valid(digits)


def is_mobile_number(number):
    return bool(MOBILE.fullmatch(number))


# 个人信息保护法 第五十一条 (security measures): one shape for every number, the one people know from
# mobile numbers — the first three and the last four characters shown, everything between starred:
# 138****1234, 350***********1234. Enough to tell two applicants apart, never enough to use the number.
# A value of seven characters or fewer would show itself whole that way, so it is starred entirely.
SHOWN_AT_START, SHOWN_AT_END = 3, 4


def mask(value):
    """The one masking of personal identifiers in lists, exports and scan excerpts."""
    if not value:
        return ""
    if len(value) <= SHOWN_AT_START + SHOWN_AT_END:
        return "*" * len(value)
    return value[:SHOWN_AT_START] + "*" * (len(value) - SHOWN_AT_START - SHOWN_AT_END) + value[-SHOWN_AT_END:]
