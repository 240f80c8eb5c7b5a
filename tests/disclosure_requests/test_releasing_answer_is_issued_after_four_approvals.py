"""保密审查 第六条（四）: the leader's approval, after the drafter's, the section head's and the office's
opinions, issues the answer: the letter lists the released files, which the applicant then gets."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from disclosure_requests import release_review, services
from disclosure_requests.models import ReleaseOpinion, State

from .conftest import DISCLOSING_ANSWER
from .factories import action_url, give_opinion

pytestmark = pytest.mark.django_db
D = datetime.date
STATUS = reverse("disclosure_requests:status")


@pytest.fixture
def with_file(client, staff, received, as_user, on_day):
    on_day(D(2026, 11, 10))
    as_user(staff.drafter)
    client.post(action_url(received, "answer"),
                {**DISCLOSING_ANSWER, "files": [SimpleUploadedFile("共享目录.pdf", b"%PDF-1.4 directory")]})
    return release_review.current_proposal(received)


def test_four_approvals_by_four_people_issue_the_answer(client, staff, received, with_file, mailoutbox,
                                                        django_capture_on_commit_callbacks):
    released = with_file.files.get()
    for user in staff.release_team:
        with django_capture_on_commit_callbacks(execute=True):
            response = give_opinion(client, user, received, comment=f"{user.username} 同意")
        assert response.status_code == 302
    received.refresh_from_db()
    assert received.state == State.ANSWERED and received.outcome == "disclosed"
    assert received.answered_on == D(2026, 11, 10)
    letter = received.letters.get(kind="answer")
    assert letter.title == "政府信息公开告知书"
    assert DISCLOSING_ANSWER["answer_content"] in letter.body and "《共享目录.pdf》" in letter.body
    opinions = ReleaseOpinion.objects.filter(proposal=with_file).order_by("step")
    assert [(o.step, o.reviewer, o.outcome) for o in opinions] == [
        (step, user, "approved") for step, user in zip([1, 2, 3, 4], staff.release_team)]
    # Each step's people were told when it was their turn; the applicant when the letter went out.
    subjects = [m.subject for m in mailoutbox]
    for label, user in zip(("科室负责人审查意见", "办公室保密审查意见", "分管领导审批"), staff.release_team[1:]):
        (mail,) = [m for m in mailoutbox if m.subject == f"依申请公开答复待您审查：{label}"]
        assert mail.to == [user.email]
    assert any(letter.title in s for s in subjects)
    assert released.request_id == received.pk


def test_the_applicant_gets_the_file_only_after_issue(client, staff, received, with_file):
    from django.test import Client

    released = with_file.files.get()
    applicant = Client()
    applicant.post(STATUS, {"tracking_number": received.tracking_number, "query_code": "CODE2345"})
    url = reverse("disclosure_requests:released_file", args=[released.pk])
    assert applicant.get(url).status_code == 404
    for user in staff.release_team:
        give_opinion(client, user, received)
    html = applicant.post(STATUS, {"tracking_number": received.tracking_number,
                                   "query_code": "CODE2345"}).content.decode()
    assert "共享目录.pdf" in html
    response = applicant.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == b"%PDF-1.4 directory"
    assert Client().get(url).status_code == 404  # another browser, no codes entered


def test_the_leader_cannot_issue_while_a_third_party_is_consulted(staff, received, with_file):
    for user in staff.release_team[:3]:
        services.give_release_opinion(with_file, user, "approved", "同意")
    services.start_consultation(received, staff.drafter, "某科技公司", "目录中的接口说明")
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="不能答复"):
        services.give_release_opinion(with_file, staff.leader, "approved", "同意")
    received.refresh_from_db()
    assert received.state == State.CONSULTING
    assert not ReleaseOpinion.objects.filter(proposal=with_file, step=4).exists()
