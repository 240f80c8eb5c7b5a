"""条例 第四十二条 / 国办函〔2020〕109号: excess-progressive fees per item (applicant's month) or per
page, never both; notice, payment or lapse recorded."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from disclosure_requests import fees, services
from disclosure_requests.models import FeeStatus, NationalOutcome, State

from .factories import ApplicantFactory, DisclosureRequestFactory, action_url

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.mark.parametrize(
    ("position", "price"),
    [(1, 0), (10, 0), (11, 100), (30, 100), (31, 200), (40, 200), (41, 300), (50, 300), (51, 400)],
)
def test_price_of_each_item_in_the_month(position, price):
    assert fees.price_of_item(position) == Decimal(price)


@pytest.mark.parametrize(
    ("pages", "total"),
    [(0, 0), (30, 0), (31, 10), (100, 700), (101, 720), (200, 2700), (201, 2740), (250, 4700)],
)
def test_fee_for_pages_by_band(pages, total):
    assert fees.fee_for_pages(pages) == Decimal(total)


def test_per_item_fee_counts_the_applicants_requests_of_the_month(client, staff, as_user, on_day):
    on_day(D(2026, 11, 20))
    first = ApplicantFactory()
    for day in range(2, 12):  # ten earlier requests of the same person this month
        DisclosureRequestFactory(applicant=ApplicantFactory(id_number=first.id_number),
                                 received_on=D(2026, 11, day), handling_section=staff.section)
    DisclosureRequestFactory(applicant=ApplicantFactory(id_number=first.id_number), received_on=D(2026, 10, 30))
    r = DisclosureRequestFactory(applicant=ApplicantFactory(id_number=first.id_number),
                                 received_on=D(2026, 11, 16), handling_section=staff.section)
    as_user(staff.drafter)
    client.post(action_url(r, "issue_fee_notice"), {"basis": "per_item"})
    r.refresh_from_db()
    assert r.state == State.FEE_PENDING
    assert r.fee_notice.quantity == 11 and r.fee_notice.amount == Decimal(100)
    assert "第11件" in r.letters.get(kind="fee_notice").body


def test_free_requests_are_not_charged(staff, received, on_day):
    on_day(D(2026, 11, 20))
    with pytest.raises(ValidationError, match="免费"):
        services.issue_fee_notice(received, staff.drafter, "per_item")
    with pytest.raises(ValidationError, match="免费"):
        services.issue_fee_notice(received, staff.drafter, "per_page", pages=30)


def test_payment_resumes_handling(staff, received, on_day):
    on_day(D(2026, 11, 5))
    services.issue_fee_notice(received, staff.drafter, "per_page", pages=120)
    received.refresh_from_db()
    assert received.fee_notice.amount == Decimal(1100)
    on_day(D(2026, 11, 9))
    services.record_fee_payment(received, staff.drafter, receipt_number="FS-001")
    received.refresh_from_db()
    assert received.state == State.RECEIVED and received.fee_notice.status == FeeStatus.PAID


def test_unpaid_fee_after_twenty_working_days_abandons(staff, received, on_day):
    on_day(D(2026, 11, 5))
    services.issue_fee_notice(received, staff.drafter, "per_page", pages=40)
    on_day(D(2026, 12, 3))  # 11-05 + 20 working days = 12-03
    with pytest.raises(ValidationError, match="尚未届满"):
        services.lapse_fee(received, staff.drafter)
    on_day(D(2026, 12, 4))
    services.lapse_fee(received, staff.drafter)
    received.refresh_from_db()
    assert received.state == State.CLOSED and received.outcome == NationalOutcome.OTHER_FEE_UNPAID
    assert received.fee_notice.status == FeeStatus.LAPSED


def test_only_one_basis(staff, received, on_day):
    on_day(D(2026, 11, 5))
    with pytest.raises(ValidationError):
        services.issue_fee_notice(received, staff.drafter, "both", pages=40)
