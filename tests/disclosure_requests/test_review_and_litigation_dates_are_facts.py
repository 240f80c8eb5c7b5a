"""表四 counts a review or lawsuit by its dates (条例 第五十一条): the model refuses dates that cannot be
true — a decision without a result or a result without a decision, a decision before the filing, a
date in the future, a case about a request never received or filed before its receipt."""

import datetime

import pytest
from django.utils import timezone

from disclosure_requests.models import LegalChallenge
from disclosure_requests.models.choices import ChallengeKind, ChallengeResult
from tests.factories import validation_errors

from .factories import DisclosureRequestFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("at_any_hour")]


def case(request, **fields):
    values = {"request": request, "kind": ChallengeKind.REVIEW, "filed_on": request.received_on + datetime.timedelta(days=30)}
    values.update(fields)
    return LegalChallenge(**values)


@pytest.fixture
def answered():
    return DisclosureRequestFactory(received_on=timezone.localdate() - datetime.timedelta(days=100))


def test_a_pending_case_and_a_decided_case_are_accepted(answered):
    case(answered).full_clean()
    filed = answered.received_on + datetime.timedelta(days=30)
    case(answered, result=ChallengeResult.UPHELD, decided_on=filed + datetime.timedelta(days=40)).full_clean()
    case(answered, filed_on=answered.received_on, result=ChallengeResult.OTHER, decided_on=answered.received_on).full_clean()


def test_a_decided_result_needs_its_date(answered):
    for result in (ChallengeResult.UPHELD, ChallengeResult.CORRECTED, ChallengeResult.OTHER):
        assert "须填写审结日期" in validation_errors(case(answered, result=result))["decided_on"][0]


def test_a_pending_case_has_no_decision_date(answered):
    errors = validation_errors(case(answered, decided_on=timezone.localdate()))
    assert errors["decided_on"] == ["结果为“尚未审结”时不填审结日期；已审结的，请选择审结结果。"]


def test_no_decision_before_the_filing(answered):
    filed = answered.received_on + datetime.timedelta(days=30)
    errors = validation_errors(case(answered, result=ChallengeResult.CORRECTED, decided_on=filed - datetime.timedelta(days=1)))
    assert errors["decided_on"] == ["审结日期不能早于立案日期。"]


def test_no_dates_in_the_future(answered):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert validation_errors(case(answered, filed_on=tomorrow))["filed_on"] == ["立案日期不能晚于今天。"]
    errors = validation_errors(case(answered, result=ChallengeResult.UPHELD, decided_on=tomorrow))
    assert errors["decided_on"] == ["审结日期不能晚于今天。"]
    case(answered, filed_on=timezone.localdate()).full_clean()


def test_the_request_must_have_been_received_before_the_filing(answered):
    errors = validation_errors(case(answered, filed_on=answered.received_on - datetime.timedelta(days=1)))
    day = answered.received_on
    assert errors["filed_on"] == [f"立案日期不能早于该申请的收到日期（{day.year}年{day.month}月{day.day}日）。"]
    never_received = DisclosureRequestFactory(received_on=None)
    errors = validation_errors(LegalChallenge(request=never_received, kind=ChallengeKind.DIRECT_LITIGATION,
                                      filed_on=timezone.localdate()))
    assert "尚未确认收到" in errors["request"][0]
