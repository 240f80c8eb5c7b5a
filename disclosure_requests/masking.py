"""Masking of personal data in lists and exports (个人信息保护法 第五十一条: security measures)."""


def mask_id_number(value):
    """``350102199001011234`` → ``35*************234``: two leading, three trailing characters."""
    if not value:
        return ""
    if len(value) <= 5:
        return "*" * len(value)
    return value[:2] + "*" * (len(value) - 5) + value[-3:]


def mask_phone(value):
    """``13812341234`` → ``138****1234``: three leading, four trailing digits."""
    if not value:
        return ""
    if len(value) <= 7:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]
