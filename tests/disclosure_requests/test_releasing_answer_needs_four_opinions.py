"""保密审查 第二、三、六条: an answer that releases information (予以公开, 部分公开, or files given) is not
issued when the handling section records it. It waits for the drafter's initial opinion, the section
head's, the general office's confidentiality review and the leader's approval; nothing issues it before."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from disclosure_requests import release_review, services
from disclosure_requests.models import State

from .conftest import DISCLOSING_ANSWER
from .factories import action_url, give_opinion, inspect_url

pytestmark = pytest.mark.django_db
D = datetime.date

PARTLY = {"answer_kind": "partly_disclose", "outcome": "partly_disclosed", "answer_content": "第一部分全文。",
          "answer_basis": "《中华人民共和国政府信息公开条例》第十五条", "answer_reasons": "其余部分涉及商业秘密"}


def assert_not_issued(r):
    r.refresh_from_db()
    assert r.state == State.RECEIVED and not r.outcome and not r.answered_on
    assert not r.letters.filter(kind="answer").exists()


@pytest.mark.parametrize("answer", [DISCLOSING_ANSWER, PARTLY], ids=["disclosed", "partly_disclosed"])
def test_service_answer_is_proposed_not_issued(staff, received, on_day, answer):
    on_day(D(2026, 11, 10))
    services.answer(received, staff.drafter, **answer)
    assert_not_issued(received)
    proposal = release_review.current_proposal(received)
    assert proposal.round == 1 and proposal.outcome == answer["outcome"]
    assert proposal.answer_content == answer["answer_content"]
    assert proposal.next_step.label == "起草科室工作人员初步意见"
    assert received.events.last().kind == "release_proposed"


@pytest.mark.parametrize("answer", [DISCLOSING_ANSWER, PARTLY], ids=["disclosed", "partly_disclosed"])
def test_issuing_directly_is_refused_without_the_review(staff, received, on_day, answer):
    on_day(D(2026, 11, 10))
    with pytest.raises(ValidationError, match="须经起草人初步意见、科室负责人审查、办公室保密审查和分管领导审批"):
        services.issue_answer(received, staff.head, **answer)
    assert_not_issued(received)


def test_three_opinions_are_not_enough(staff, proposed, received):
    for user in staff.release_team[:3]:
        services.give_release_opinion(proposed, user, "approved", "同意")
    assert_not_issued(received)
    with pytest.raises(ValidationError, match="须经"):
        services.issue_answer(received, staff.leader, **DISCLOSING_ANSWER)
    assert_not_issued(received)
    assert release_review.current_proposal(received).next_step.label == "分管领导审批"


def test_answer_through_the_admin_waits_for_the_review(client, staff, received, as_user, on_day):
    on_day(D(2026, 11, 10))
    as_user(staff.drafter)
    response = client.post(action_url(received, "answer"), DISCLOSING_ANSWER, follow=True)
    html = response.content.decode()
    assert "已送保密审查" in html
    assert "待起草科室工作人员初步意见" in html and DISCLOSING_ANSWER["answer_content"] in html
    assert reverse("disclosure_requests_admin:release_act",
                   args=[received.pk, release_review.current_proposal(received).pk]) in html
    assert_not_issued(received)


def test_the_applicant_sees_no_answer_while_it_is_reviewed(client, proposed, received):
    response = client.post(reverse("disclosure_requests:status"),
                           {"tracking_number": received.tracking_number, "query_code": "CODE2345"})
    html = response.content.decode()
    assert "办理中" in html and "公开告知书" not in html and "所附文件" not in html


def test_a_released_file_alone_needs_the_review(client, staff, received, as_user, on_day):
    on_day(D(2026, 11, 10))
    as_user(staff.drafter)
    client.post(action_url(received, "answer"), {
        "answer_kind": "withhold", "outcome": "withheld_process", "answer_basis": "《条例》第十六条",
        "answer_reasons": "属于过程性信息，另附已公开的说明", "files": [SimpleUploadedFile("说明.pdf", b"%PDF-1.4 x")],
    })
    assert_not_issued(received)
    proposal = release_review.current_proposal(received)
    assert [f.original_name for f in proposal.files.all()] == ["说明.pdf"]
    html = client.get(inspect_url(received)).content.decode()
    assert reverse("disclosure_requests_admin:released_file", args=[received.pk, proposal.files.get().pk]) in html


def test_the_leaders_approval_in_the_admin_is_what_issues(client, staff, proposed, received):
    for user in staff.release_team[:3]:
        give_opinion(client, user, received)
    assert_not_issued(received)
    give_opinion(client, staff.leader, received)
    received.refresh_from_db()
    assert received.state == State.ANSWERED


def test_a_releasing_answer_needs_a_handling_section_to_review_it(staff, on_day):
    from .factories import DisclosureRequestFactory

    on_day(D(2026, 11, 10))
    unassigned = DisclosureRequestFactory(received_on=D(2026, 11, 2))
    with pytest.raises(ValidationError, match="请先分办到承办科室"):
        services.answer(unassigned, staff.office_clerk, **DISCLOSING_ANSWER)
    assert_not_issued(unassigned)
    assert release_review.current_proposal(unassigned) is None
