"""Answers that release nothing (不予公开, 无法提供, 不予处理, 其他处理) keep their path: issued when recorded,
without the release review."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from disclosure_requests import services
from disclosure_requests.models import ReleaseProposal, State

from .factories import action_url

pytestmark = pytest.mark.django_db
D = datetime.date

WITHHELD = {"answer_kind": "withhold", "outcome": "withheld_process", "answer_basis": "《条例》第十六条",
            "answer_reasons": "属于过程性信息"}


def test_withheld_answer_is_issued_without_the_release_review(client, staff, received, as_user, on_day):
    on_day(D(2026, 11, 10))
    as_user(staff.drafter)
    client.post(action_url(received, "answer"), WITHHELD)
    received.refresh_from_db()
    assert received.state == State.ANSWERED and received.answered_by == staff.drafter
    assert received.letters.get(kind="answer").title == "政府信息不予公开告知书"
    assert not ReleaseProposal.objects.exists()


@pytest.mark.parametrize(("kind", "outcome"), [("not_exist", "unavailable_not_held"),
                                               ("not_processed", "not_processed_repeat"), ("other", "other")])
def test_other_refusals_are_issued_at_once(staff, received, on_day, kind, outcome):
    on_day(D(2026, 11, 10))
    services.answer(received, staff.drafter, answer_kind=kind, outcome=outcome, answer_basis="《条例》第三十六条",
                    answer_reasons="理由")
    received.refresh_from_db()
    assert received.state == State.ANSWERED and received.letters.filter(kind="answer").exists()


def test_withholding_instead_ends_a_pending_review(staff, proposed, received):
    services.give_release_opinion(proposed, staff.drafter, "approved", "同意")
    services.answer(received, staff.head, **WITHHELD)
    received.refresh_from_db()
    assert received.state == State.ANSWERED and received.outcome == "withheld_process"
    with pytest.raises(ValidationError, match="本轮审查已结束"):
        services.give_release_opinion(proposed, staff.head, "approved", "同意")
