"""信息处理费 (条例 第四十二条; 《政府信息公开信息处理费管理办法》国办函〔2020〕109号).

Excess-progressive (超额累进): each item or page is charged at the rate of the band it falls in.
One request is charged per item or per page, never both.
"""

from decimal import Decimal

# Per item, same applicant, one calendar month: items 1–10 free; 11–30 ¥100 each; from the 31st,
# every further step of 10 items costs ¥100 more per item (31–40 ¥200, 41–50 ¥300, …).
ITEMS_FREE = 10
ITEMS_FIRST_BAND_END = 30
ITEM_STEP_SIZE = 10
ITEM_STEP_PRICE = Decimal(100)

# Per page: pages 1–30 free; 31–100 ¥10; 101–200 ¥20; from 201 ¥40 each.
PAGE_BANDS = [(30, Decimal(0)), (100, Decimal(10)), (200, Decimal(20)), (None, Decimal(40))]


def price_of_item(position):
    """The fee for the applicant's ``position``-th item of the month."""
    if position <= ITEMS_FREE:
        return Decimal(0)
    if position <= ITEMS_FIRST_BAND_END:
        return ITEM_STEP_PRICE
    steps_above = (position - ITEMS_FIRST_BAND_END - 1) // ITEM_STEP_SIZE + 1
    return ITEM_STEP_PRICE * (1 + steps_above)


def fee_for_pages(pages):
    total, lower = Decimal(0), 0
    for upper, price in PAGE_BANDS:
        top = pages if upper is None else min(pages, upper)
        if top > lower:
            total += (top - lower) * price
        if upper is None or pages <= upper:
            break
        lower = upper
    return total


def position_in_month(disclosure_request):
    """Which of the applicant's requests of the month (by date of receipt) this one is."""
    from .models import ApplicantType, DisclosureRequest

    applicant = disclosure_request.applicant
    day = disclosure_request.received_on
    if applicant.applicant_type == ApplicantType.ORGANISATION:
        same = DisclosureRequest.objects.filter(applicant__credit_code=applicant.credit_code)
    else:
        same = DisclosureRequest.objects.filter(applicant__id_number=applicant.id_number)
    same = same.filter(received_on__year=day.year, received_on__month=day.month)
    earlier = same.filter(received_on__lt=day) | same.filter(received_on=day, pk__lt=disclosure_request.pk)
    return earlier.count() + 1


def explain_item_fee(position, amount):
    return (f"按件计收：本申请为该申请人本自然月第{position}件申请。每月10件以内免费，11至30件每件100元，"
            f"31件以上每增加10件，每件加收100元。本件应缴{amount}元。")


def explain_page_fee(pages, amount):
    return (f"按量计收：共{pages}页。30页以内免费，31至100页每页10元，101至200页每页20元，"
            f"201页以上每页40元，超额累进计算。应缴{amount}元。")
