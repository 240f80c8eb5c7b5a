"""Every transition through the admin, with who/when/why, and the transitions the rules forbid."""

import datetime

import pytest

from disclosure_requests import services
from disclosure_requests.models import State

from .factories import DisclosureRequestFactory, action_url, give_opinion

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def today(on_day):
    return on_day(D(2026, 11, 4))


def post(client, r, operation, data):
    response = client.post(action_url(r, operation), data)
    r.refresh_from_db()
    return response


def test_full_path_received_amendment_consultation_extension_answer_closed(client, staff, received, as_user, today):
    as_user(staff.drafter)
    post(client, received, "request_amendment", {"items": "请写明所需目录的年度。", "deadline": "2026-11-20"})
    assert received.state == State.AMENDMENT_REQUESTED
    post(client, received, "record_amendment", {"amended_on": "2026-11-04", "information_name": "2025年度政务数据共享目录"})
    assert received.state == State.RECEIVED and received.clock_started_on == D(2026, 11, 4)
    assert received.information_name == "2025年度政务数据共享目录"
    post(client, received, "start_consultation", {"kind": "third_party", "party_name": "某科技公司",
                                                  "matters": "目录中该公司的数据接口说明", "sent_on": "2026-11-04"})
    assert received.state == State.CONSULTING
    consultation = received.consultations.get()
    post(client, received, "record_consultation_reply", {"consultation": consultation.pk, "reply": "agree",
                                                         "replied_on": "2026-11-04"})
    assert received.state == State.RECEIVED
    as_user(staff.head)
    post(client, received, "approve_extension", {"days": 10, "reasons": "信息量大，需要汇总核对"})
    assert received.extension_days == 10 and received.extension_approved_by == staff.head
    as_user(staff.drafter)
    post(client, received, "answer", {"answer_kind": "disclose", "outcome": "disclosed",
                                      "answer_content": "见附件。"})
    assert received.state == State.RECEIVED  # 予以公开: the release review first (保密审查 第六条)
    for user in staff.release_team:
        give_opinion(client, user, received)
    received.refresh_from_db()
    assert received.state == State.ANSWERED and received.answered_by == staff.leader
    as_user(staff.drafter)
    post(client, received, "close", {"note": "归档"})
    assert received.state == State.CLOSED and received.closed_on == today
    kinds = [(e.kind, e.from_state, e.to_state, e.actor.username) for e in received.events.all()]
    assert kinds == [
        ("amendment_requested", "received", "amendment_requested", "data_drafter"),
        ("amended", "amendment_requested", "received", "data_drafter"),
        ("consultation_started", "received", "consulting", "data_drafter"),
        ("consultation_replied", "consulting", "received", "data_drafter"),
        ("extended", "received", "received", "data_head"),
        ("release_proposed", "received", "received", "data_drafter"),
        ("release_approved_step", "received", "received", "data_drafter"),
        ("release_approved_step", "received", "received", "data_head"),
        ("release_approved_step", "received", "received", "office_reviewer"),
        ("release_approved_step", "received", "received", "data_leader"),
        ("answered", "received", "answered", "data_leader"),
        ("closed", "answered", "closed", "data_drafter"),
    ]
    assert all(e.at is not None for e in received.events.all())


@pytest.mark.parametrize(
    ("state", "operation", "data"),
    [
        (State.SUBMITTED, "answer", {"answer_kind": "disclose", "outcome": "disclosed", "answer_content": "x"}),
        (State.SUBMITTED, "request_amendment", {"items": "x", "deadline": "2026-11-20"}),
        (State.RECEIVED, "close", {}),
        (State.RECEIVED, "record_amendment", {"amended_on": "2026-11-04"}),
        (State.RECEIVED, "confirm_receipt", {"received_on": "2026-11-04"}),
        (State.CONSULTING, "answer", {"answer_kind": "disclose", "outcome": "disclosed", "answer_content": "x"}),
        (State.AMENDMENT_REQUESTED, "answer", {"answer_kind": "disclose", "outcome": "disclosed", "answer_content": "x"}),
        (State.ANSWERED, "request_amendment", {"items": "x", "deadline": "2026-11-20"}),
        (State.CLOSED, "answer", {"answer_kind": "disclose", "outcome": "disclosed", "answer_content": "x"}),
        (State.CLOSED, "assign", {"section": None}),
        (State.RECEIVED, "convert_to_proactive", {"title": "x"}),
    ],
)
def test_forbidden_transitions_are_refused(client, staff, as_user, today, state, operation, data):
    r = DisclosureRequestFactory(received_on=D(2026, 11, 2), handling_section=staff.section, state=state)
    if "section" in data:
        data = {"section": staff.section.pk}
    as_user(staff.office_head)
    response = post(client, r, operation, data)
    assert response.status_code == 200
    assert f"申请当前状态为“{State(state).label}”，不能" in response.content.decode()
    assert r.state == state
    assert not r.events.exists()


def test_the_admin_offers_only_allowed_operations(client, staff, received, as_user):
    as_user(staff.drafter)
    from .factories import inspect_url

    html = client.get(inspect_url(received)).content.decode()
    assert action_url(received, "answer") in html
    assert action_url(received, "close") not in html
    assert action_url(received, "confirm_receipt") not in html


def test_service_refuses_the_same_way_without_the_admin(staff, received, today):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="不能办结归档"):
        services.close(received, staff.drafter)
