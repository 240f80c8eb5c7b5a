"""条例 第四十五条: every change of a request is recorded (登记、审核、办理、答复、归档). Each operation goes
through one transition (lock, check access and state, set, save, record), so each records exactly one
event of its kind, and one started from a wrong state is refused in Chinese and records nothing."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from disclosure_requests import release_review, services
from disclosure_requests.models import Channel, ConsultationReply, DisclosureRequest, ReleaseOpinion, State

from .conftest import DISCLOSING_ANSWER
from .factories import DisclosureRequestFactory

pytestmark = pytest.mark.django_db
D = datetime.date
TODAY = D(2026, 11, 4)  # Wednesday; the request was received on Monday 11-02
NOT_HELD = {"answer_kind": "not_exist", "outcome": "unavailable_not_held", "answer_basis": "《条例》第三十六条",
            "answer_reasons": "经检索，本机关未制作或获取该信息。"}


def received_request(staff, **fields):
    return DisclosureRequestFactory(received_on=D(2026, 11, 2), handling_section=staff.section, **fields)


def submitted_online(staff):
    r = DisclosureRequestFactory(handling_section=staff.section)
    DisclosureRequest.objects.filter(pk=r.pk).update(
        submitted_at=datetime.datetime(2026, 11, 3, 2, 0, tzinfo=datetime.UTC))
    return DisclosureRequest.objects.get(pk=r.pk)


def consulting(staff, r, on_day):
    return services.start_consultation(r, staff.drafter, "某科技公司", "该公司的数据接口说明")


def with_fee_notice(staff, r, on_day):
    services.issue_fee_notice(r, staff.drafter, "per_page", pages=40)


def amendment_requested(staff, r, on_day):
    services.request_amendment(r, staff.drafter, "请写明所需目录的年度。", D(2026, 11, 10))


def disagreeing(staff, r, on_day):
    c = consulting(staff, r, on_day)
    services.record_consultation_reply(c, staff.drafter, ConsultationReply.DISAGREE, reply_text="涉及商业秘密")
    return c


def proposed(staff, r, on_day):
    services.answer(r, staff.drafter, **DISCLOSING_ANSWER)
    return release_review.current_proposal(r)


# operation, how the request is made, what happens before (returns what the call needs), the call,
# the event kind, from which state to which
CASES = {
    "confirm_receipt": (
        submitted_online, None,
        lambda s, r, prior: services.confirm_receipt(r, s.office_clerk, received_on=TODAY),
        "receipt_confirmed", State.SUBMITTED, State.RECEIVED),
    "assign": (
        received_request, None,
        lambda s, r, prior: services.assign(r, s.office_clerk, s.other_section, "职责调整"),
        "assigned", State.RECEIVED, State.RECEIVED),
    "request_amendment": (
        received_request, None,
        lambda s, r, prior: services.request_amendment(r, s.drafter, "请写明所需目录的年度。", D(2026, 11, 20)),
        "amendment_requested", State.RECEIVED, State.AMENDMENT_REQUESTED),
    "record_amendment": (
        received_request, amendment_requested,
        lambda s, r, prior: services.record_amendment(r, s.drafter, TODAY),
        "amended", State.AMENDMENT_REQUESTED, State.RECEIVED),
    "start_consultation": (
        received_request, None,
        lambda s, r, prior: services.start_consultation(r, s.drafter, "某科技公司", "该公司的数据接口说明"),
        "consultation_started", State.RECEIVED, State.CONSULTING),
    "record_consultation_reply": (
        received_request, consulting,
        lambda s, r, c: services.record_consultation_reply(c, s.drafter, ConsultationReply.AGREE),
        "consultation_replied", State.CONSULTING, State.RECEIVED),
    "override_objection": (
        received_request, disagreeing,
        lambda s, r, c: services.override_objection(c, s.drafter, "该信息关系公众重大利益。"),
        "consultation_overridden", State.RECEIVED, State.RECEIVED),
    "approve_extension": (
        received_request, None,
        lambda s, r, prior: services.approve_extension(r, s.head, 5, "信息量大，需要汇总核对"),
        "extended", State.RECEIVED, State.RECEIVED),
    "issue_fee_notice": (
        received_request, None,
        lambda s, r, prior: services.issue_fee_notice(r, s.drafter, "per_page", pages=40),
        "fee_notified", State.RECEIVED, State.FEE_PENDING),
    "record_fee_payment": (
        received_request, with_fee_notice,
        lambda s, r, prior: services.record_fee_payment(r, s.drafter, receipt_number="NO.1"),
        "fee_paid", State.FEE_PENDING, State.RECEIVED),
    "answer": (
        received_request, None,
        lambda s, r, prior: services.answer(r, s.drafter, **NOT_HELD),
        "answered", State.RECEIVED, State.ANSWERED),
    "answer (releasing information)": (
        received_request, None,
        lambda s, r, prior: services.answer(r, s.drafter, **DISCLOSING_ANSWER),
        "release_proposed", State.RECEIVED, State.RECEIVED),
    "issue_answer": (
        received_request, None,
        lambda s, r, prior: services.issue_answer(r, s.drafter, **NOT_HELD),
        "answered", State.RECEIVED, State.ANSWERED),
    "answer_immediately": (
        lambda s: DisclosureRequestFactory(handling_section=s.section, channel=Channel.IN_PERSON), None,
        lambda s, r, prior: services.answer(r, s.drafter, immediate=True, **NOT_HELD),
        "answered_immediately", State.SUBMITTED, State.ANSWERED),
    "give_release_opinion (同意)": (
        received_request, proposed,
        lambda s, r, proposal: services.give_release_opinion(proposal, s.drafter, "approved", "同意"),
        "release_approved_step", State.RECEIVED, State.RECEIVED),
    "give_release_opinion (退回修改)": (
        received_request, proposed,
        lambda s, r, proposal: services.give_release_opinion(proposal, s.drafter, "rejected", "请补充依据"),
        "release_returned", State.RECEIVED, State.RECEIVED),
    "close": (
        lambda s: received_request(s, state=State.ANSWERED), None,
        lambda s, r, prior: services.close(r, s.drafter, note="归档"),
        "closed", State.ANSWERED, State.CLOSED),
    "convert_to_proactive": (
        lambda s: received_request(s, state=State.ANSWERED), None,
        lambda s, r, prior: services.convert_to_proactive(r, s.drafter),
        "converted", State.ANSWERED, State.ANSWERED),
}


@pytest.mark.parametrize("operation", list(CASES))
def test_each_operation_records_exactly_one_event_of_its_kind(staff, on_day, operation):
    make, before, call, kind, from_state, to_state = CASES[operation]
    on_day(TODAY)
    r = make(staff)
    prior = before(staff, r, on_day) if before else None
    seen = set(r.events.values_list("pk", flat=True))
    call(staff, r, prior)
    new = [e for e in r.events.all() if e.pk not in seen]
    assert [(e.kind, e.from_state, e.to_state) for e in new] == [(kind, from_state, to_state)]
    assert DisclosureRequest.objects.get(pk=r.pk).state == to_state


@pytest.mark.parametrize(("operation", "kind"), [("abandon_unamended", "abandoned"), ("lapse_fee", "fee_lapsed")])
def test_terminations_record_one_event_and_close(staff, on_day, operation, kind):
    on_day(TODAY)
    r = received_request(staff)
    (amendment_requested if operation == "abandon_unamended" else with_fee_notice)(staff, r, on_day)
    seen = set(r.events.values_list("pk", flat=True))
    on_day(D(2026, 12, 31))  # past both the amendment deadline and 20 working days after the fee notice
    getattr(services, operation)(r, staff.drafter)
    new = [(e.kind, e.to_state) for e in r.events.all() if e.pk not in seen]
    assert new == [(kind, State.CLOSED)]


def test_the_leaders_approval_records_the_step_and_the_answer(staff, on_day):
    on_day(TODAY)
    r = received_request(staff)
    proposal = proposed(staff, r, on_day)
    for user in staff.release_team[:3]:
        services.give_release_opinion(proposal, user, "approved", "同意")
    seen = set(r.events.values_list("pk", flat=True))
    services.give_release_opinion(proposal, staff.leader, "approved", "同意")
    new = [(e.kind, e.from_state, e.to_state, e.actor) for e in r.events.all() if e.pk not in seen]
    assert new == [("release_approved_step", State.RECEIVED, State.RECEIVED, staff.leader),
                   ("answered", State.RECEIVED, State.ANSWERED, staff.leader)]


def test_the_leaders_approval_is_refused_when_the_request_cannot_be_answered_now(staff, on_day):
    on_day(TODAY)
    r = received_request(staff)
    proposal = proposed(staff, r, on_day)
    for user in staff.release_team[:3]:
        services.give_release_opinion(proposal, user, "approved", "同意")
    consulting(staff, r, on_day)  # a consultation started during the review
    seen = set(r.events.values_list("pk", flat=True))
    with pytest.raises(ValidationError, match="申请当前状态为“征求意见中”，不能答复"):
        services.give_release_opinion(proposal, staff.leader, "approved", "同意")
    assert not r.events.exclude(pk__in=seen).exists()
    assert ReleaseOpinion.objects.filter(proposal=proposal).count() == 3


# A state each operation may not start from, and the arguments it would need.
WRONG_STATE = {
    "confirm_receipt": (State.RECEIVED, lambda s, r, c: services.confirm_receipt(r, s.office_head)),
    "assign": (State.CLOSED, lambda s, r, c: services.assign(r, s.office_head, s.section)),
    "request_amendment": (State.CONSULTING,
                          lambda s, r, c: services.request_amendment(r, s.head, "x", D(2026, 11, 20))),
    "record_amendment": (State.RECEIVED, lambda s, r, c: services.record_amendment(r, s.head, TODAY)),
    "abandon_unamended": (State.RECEIVED, lambda s, r, c: services.abandon_unamended(r, s.head)),
    "start_consultation": (State.FEE_PENDING, lambda s, r, c: services.start_consultation(r, s.head, "某公司", "x")),
    "record_consultation_reply": (State.RECEIVED, lambda s, r, c: services.record_consultation_reply(
        c, s.head, ConsultationReply.AGREE)),
    "override_objection": (State.ANSWERED, lambda s, r, c: services.override_objection(c, s.head, "公共利益")),
    "approve_extension": (State.ANSWERED, lambda s, r, c: services.approve_extension(r, s.head, 5, "x")),
    "issue_fee_notice": (State.CONSULTING, lambda s, r, c: services.issue_fee_notice(r, s.head, "per_page", pages=40)),
    "record_fee_payment": (State.RECEIVED, lambda s, r, c: services.record_fee_payment(r, s.head)),
    "lapse_fee": (State.RECEIVED, lambda s, r, c: services.lapse_fee(r, s.head)),
    "answer": (State.CLOSED, lambda s, r, c: services.answer(r, s.head, **NOT_HELD)),
    "answer_immediately": (State.ANSWERED, lambda s, r, c: services.answer(r, s.head, immediate=True, **NOT_HELD)),
    "close": (State.RECEIVED, lambda s, r, c: services.close(r, s.head)),
    "convert_to_proactive": (State.CONSULTING, lambda s, r, c: services.convert_to_proactive(r, s.head)),
}


def test_every_operation_has_a_wrong_state_case():
    assert set(WRONG_STATE) == set(services.ALLOWED_FROM)


@pytest.mark.parametrize("operation", list(WRONG_STATE))
def test_an_operation_from_a_wrong_state_is_refused_and_records_nothing(staff, on_day, operation):
    state, call = WRONG_STATE[operation]
    assert state not in services.ALLOWED_FROM[operation]
    on_day(TODAY)
    r = received_request(staff)
    c = consulting(staff, r, on_day)
    answered = state in (State.ANSWERED, State.CLOSED)  # an answered request has its one outcome
    DisclosureRequest.objects.filter(pk=r.pk).update(state=state, answer_kind="disclose" if answered else "",
                                                     outcome="disclosed" if answered else "")
    r = DisclosureRequest.objects.get(pk=r.pk)
    events, letters, history = r.events.count(), r.letters.count(), r.history.count()
    with pytest.raises(ValidationError) as refused:
        call(staff, r, c)
    label = services.OPERATION_LABELS[operation]
    assert refused.value.messages == [f"申请当前状态为“{State(state).label}”，不能{label}。"]
    r = DisclosureRequest.objects.get(pk=r.pk)
    assert r.state == state
    assert (r.events.count(), r.letters.count(), r.history.count()) == (events, letters, history)


def test_an_operation_that_records_no_event_changes_nothing(staff, on_day):
    on_day(TODAY)
    r = received_request(staff, state=State.ANSWERED)
    with pytest.raises(RuntimeError, match="recorded no event"):
        with services._transition(r, staff.drafter, "close") as step:
            step.request.closed_on = TODAY
            step.request.state = State.CLOSED
            step.request.save()
    r.refresh_from_db()
    assert r.state == State.ANSWERED and r.closed_on is None and not r.events.exists()
