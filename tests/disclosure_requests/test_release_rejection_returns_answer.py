"""保密审查 第六条: a rejection at any step returns the answer to the handler with the reason; the
corrected answer starts the review again at step 1."""

import pytest
from django.core.exceptions import ValidationError

from disclosure_requests import release_review, services
from disclosure_requests.models import ReleaseOpinion, State

from .conftest import DISCLOSING_ANSWER
from .factories import action_url, give_opinion, inspect_url

pytestmark = pytest.mark.django_db


def test_rejection_needs_a_reason(client, staff, proposed, received):
    services.give_release_opinion(proposed, staff.drafter, "approved", "")
    with pytest.raises(ValidationError, match="退回修改必须写明理由"):
        services.give_release_opinion(proposed, staff.head, "rejected", "  ")
    response = give_opinion(client, staff.head, received, outcome="rejected", comment="")
    assert response.status_code == 302
    assert ReleaseOpinion.objects.filter(proposal=proposed).count() == 1


@pytest.mark.parametrize("rejecting_step", [1, 2, 3, 4])
def test_rejection_at_any_step_returns_the_answer_with_the_reason(client, staff, proposed, received, mailoutbox,
                                                                   django_capture_on_commit_callbacks, rejecting_step):
    for user in staff.release_team[:rejecting_step - 1]:
        give_opinion(client, user, received)
    rejecter = staff.release_team[rejecting_step - 1]
    with django_capture_on_commit_callbacks(execute=True):
        give_opinion(client, rejecter, received, outcome="rejected", comment="答复内容中含有第三方的联系方式，请删除")
    received.refresh_from_db()
    assert received.state == State.RECEIVED and not received.letters.filter(kind="answer").exists()
    proposal = release_review.current_proposal(received)
    assert proposal.next_step is None and proposal.status_label() == "已退回修改"
    assert received.events.last().reason == "答复内容中含有第三方的联系方式，请删除"
    # The handler sees the reason and finds the answer ready to be corrected.
    client.logout()
    from .conftest import login

    login(client, staff.drafter)
    html = client.get(inspect_url(received)).content.decode()
    assert "已退回修改" in html and "答复内容中含有第三方的联系方式，请删除" in html
    form = client.get(action_url(received, "answer")).content.decode()
    assert DISCLOSING_ANSWER["answer_content"] in form
    (mail,) = mailoutbox
    assert mail.to == [staff.drafter.email] and "答复内容中含有第三方的联系方式" in mail.body
    # Nobody can go on with the returned answer.
    for user in staff.release_team[rejecting_step:]:
        with pytest.raises(ValidationError, match="已退回修改"):
            services.give_release_opinion(proposal, user, "approved", "同意")


def test_the_corrected_answer_starts_again_at_step_one(client, staff, proposed, received):
    give_opinion(client, staff.drafter, received)
    give_opinion(client, staff.head, received, outcome="rejected", comment="请写明获取方式")
    corrected = {**DISCLOSING_ANSWER, "answer_content": "全文见所附文件，亦可到本局政务服务窗口查阅。"}
    services.answer(received, staff.drafter, **corrected)
    second = release_review.current_proposal(received)
    assert second.round == 2 and second.next_step == 1 and second.answer_content == corrected["answer_content"]
    assert ReleaseOpinion.objects.filter(proposal=proposed).count() == 2  # the first round stays on record
    for user in staff.release_team:
        give_opinion(client, user, received)
    received.refresh_from_db()
    assert received.state == State.ANSWERED and received.answer_content == corrected["answer_content"]
