"""舆情回应制度 第二至四条: 发现 → 核实 → 研判 → 报送 → 回应 → 办结, one step at a time, through one
function; no step skipped, none reversed without a reason, a wrong case closed with its reason; every
change recorded with who and when (simple-history)."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from public_opinion import transitions
from public_opinion.models import Recipient, ReportMethod, ResponseChannel, Severity, State

pytestmark = pytest.mark.django_db


def states(case):
    return list(case.history.order_by("history_date", "history_id").values_list("state", flat=True))


def walk_to(case, user, state):
    """The case as far as ``state``, meeting each step's condition."""
    steps = [State.VERIFYING, State.ASSESSING, State.REPORTING, State.RESPONDING, State.CLOSED]
    for to in steps[: steps.index(state) + 1]:
        if to == State.ASSESSING:
            transitions.record_verification(case, user, "12345政府热线", "热线确认无收费安排。")
        if to == State.RESPONDING:
            for recipient in (Recipient.LEADER_IN_CHARGE, Recipient.GENERAL_OFFICE):
                transitions.record_report(case, user, recipient, ReportMethod.PHONE, timezone.now())
        if to == State.CLOSED:
            transitions.record_response(case, user, ResponseChannel.HOTLINE_REPLY, timezone.now())
        case = transitions.transition(case, to, user, "研判：误解，由数据资源科回应。" if to == State.REPORTING else "")
    return case


def test_a_case_runs_through_every_state_in_order(opinion):
    case = walk_to(opinion.case, opinion.a.drafter, State.CLOSED)
    assert case.state == State.CLOSED
    assert states(case)[0] == State.FOUND  # the registration
    transitions_only = [h for h in case.history.order_by("history_date", "history_id") if "→" in (h.history_change_reason or "")]
    assert [h.state for h in transitions_only] == [State.VERIFYING, State.ASSESSING, State.REPORTING,
                                                   State.RESPONDING, State.CLOSED]
    assert {h.history_user for h in transitions_only} == {opinion.a.drafter}
    assert all(h.history_date for h in transitions_only)


@pytest.mark.parametrize("target", [State.ASSESSING, State.REPORTING, State.RESPONDING, State.CLOSED])
def test_no_state_is_skipped(opinion, target):
    with pytest.raises(ValidationError, match="逐步进行"):
        transitions.transition(opinion.case, target, opinion.a.drafter)
    opinion.case.refresh_from_db()
    assert opinion.case.state == State.FOUND


def test_a_step_back_needs_a_reason_and_is_recorded(opinion):
    case = walk_to(opinion.case, opinion.a.drafter, State.VERIFYING)
    with pytest.raises(ValidationError, match="须说明理由"):
        transitions.transition(case, State.FOUND, opinion.a.head)
    case = transitions.transition(case, State.FOUND, opinion.a.head, "来源链接有误，重新核对")
    last = case.history.latest("history_date")
    assert last.state == State.FOUND and last.history_user == opinion.a.head
    assert "来源链接有误" in last.history_change_reason


def test_verification_comes_before_assessment(opinion):
    case = transitions.transition(opinion.case, State.VERIFYING, opinion.a.drafter)
    with pytest.raises(ValidationError, match="核实"):
        transitions.transition(case, State.ASSESSING, opinion.a.drafter)
    case = transitions.record_verification(case, opinion.a.drafter, "数据资源科", "科室确认平台免费。")
    assert case.verified_by == opinion.a.drafter and case.verified_with == "数据资源科"
    assert transitions.transition(case, State.ASSESSING, opinion.a.drafter).state == State.ASSESSING


def test_a_major_case_is_reported_to_leader_and_office_before_responding(opinion):
    case = opinion.case
    case.severity = Severity.MAJOR
    case.save()
    case = walk_to(case, opinion.a.drafter, State.REPORTING)
    transitions.record_report(case, opinion.a.drafter, Recipient.LEADER_IN_CHARGE, ReportMethod.PHONE, timezone.now())
    with pytest.raises(ValidationError, match="分管领导和局办公室"):
        transitions.transition(case, State.RESPONDING, opinion.a.drafter)
    transitions.record_report(case, opinion.a.drafter, Recipient.GENERAL_OFFICE, ReportMethod.IN_WRITING,
                              timezone.now(), "书面报告已送办公室")
    case.refresh_from_db()
    assert case.reported_at is not None
    assert transitions.transition(case, State.RESPONDING, opinion.a.drafter).state == State.RESPONDING


def test_a_case_is_closed_only_after_a_response(opinion):
    case = walk_to(opinion.case, opinion.a.drafter, State.RESPONDING)
    with pytest.raises(ValidationError, match="尚未回应"):
        transitions.transition(case, State.CLOSED, opinion.a.drafter)


def test_a_wrong_case_is_closed_with_its_reason_and_then_final(opinion):
    with pytest.raises(ValidationError, match="理由"):
        transitions.close_as_unfounded(opinion.case, opinion.clerk, "  ")
    case = transitions.close_as_unfounded(opinion.case, opinion.clerk, "与本单位无关，系他市平台")
    assert case.state == State.CLOSED and case.unfounded and case.closing_note == "与本单位无关，系他市平台"
    with pytest.raises(ValidationError, match="已办结"):
        transitions.transition(case, State.VERIFYING, opinion.clerk, "重新打开")
    with pytest.raises(ValidationError, match="已办结"):
        transitions.record_verification(case, opinion.clerk, "热线", "补充")


def test_the_state_cannot_be_set_through_the_case_form(client, opinion):
    """The admin's edit form has no state field: posting one changes nothing."""
    from django.urls import reverse

    client.force_login(opinion.a.drafter)
    url = reverse("public_opinion_opinioncase_modeladmin_edit", args=[opinion.case.pk])
    case = opinion.case
    response = client.post(url, {
        "title": case.title, "source": case.source, "first_seen_at": timezone.localtime(case.first_seen_at)
        .strftime("%Y-%m-%d %H:%M"), "link": case.link, "captured_quote": "", "summary": case.summary,
        "kind": case.kind, "severity": case.severity, "sections": [opinion.section_a.pk], "state": State.CLOSED,
    })
    assert response.status_code == 302, response.content.decode()[:3000]
    case.refresh_from_db()
    assert case.state == State.FOUND
