"""政策解读制度 第四条（三）（四）(三同步): the interpretation runs steps 1–3 in its own round; the document
waits at the leader's step, saying why, until it has; the leader's one approval on the document's
review record publishes both in one transaction — or neither."""

import pytest
from django.urls import reverse

from moderation import publishing
from moderation.models import ReviewOpinion, ReviewStep
from moderation.review_actions import act_on_task
from tests.factories import approve_through_chain

from .conftest import login
from .flow import fresh

pytestmark = pytest.mark.django_db

APPROVE_BUTTON = ">审批同意</button>"


def approve_on_record(client, user, page):
    login(client, user)
    task_state = fresh(page).current_workflow_task_state
    data = {"action": "approve", "task_state": task_state.pk, "decision": "proactive", "comment": "同意公开"}
    return client.post(reverse("moderation:act", args=[page.pk]), data, follow=True)


def record(client, user, page):
    login(client, user)
    return client.get(reverse("moderation:review_record", args=[page.pk])).content.decode()


def test_document_waits_at_the_leaders_step_until_its_interpretation_passed_step_three(client, interpreted):
    document, interpretation, team = interpreted.document, interpreted.interpretation, interpreted.a
    approve_through_chain(document, team, steps=3)
    approve_through_chain(interpretation, team, steps=2)
    html = record(client, team.leader, document)
    assert "须与政策解读同步审批发布" in html and "《办法》政策解读" in html and APPROVE_BUTTON not in html
    approve_on_record(client, team.leader, document)
    assert not fresh(document).live

    fresh_interpretation = fresh(interpretation)
    fresh_interpretation.current_workflow_task.on_action(
        fresh_interpretation.current_workflow_task_state, team.reviewer, "approve", decision="proactive", comment="同意"
    )
    assert APPROVE_BUTTON in record(client, team.leader, document)


def test_leaders_one_approval_publishes_document_and_interpretation_together(client, interpreted):
    document, interpretation, team = interpreted.document, interpreted.interpretation, interpreted.a
    approve_through_chain(document, team, steps=3)
    approve_through_chain(interpretation, team, steps=3)
    html = approve_on_record(client, team.leader, document).content.decode()
    assert "意见已记录" in html
    document, interpretation = fresh(document), fresh(interpretation)
    assert document.live and interpretation.live
    assert document.publication_date == interpretation.publication_date
    leader_opinions = ReviewOpinion.objects.filter(step=ReviewStep.LEADER_APPROVAL, reviewer=team.leader)
    assert set(leader_opinions.values_list("page_id", flat=True)) == {document.pk, interpretation.pk}
    assert client.get(interpretation.url).status_code == 200


def test_leader_cannot_approve_the_interpretation_alone(client, interpreted):
    document, interpretation, team = interpreted.document, interpreted.interpretation, interpreted.a
    approve_through_chain(document, team, steps=2)
    approve_through_chain(interpretation, team, steps=3)
    html = record(client, team.leader, interpretation)
    assert "不得先于所解读的文件" in html and APPROVE_BUTTON not in html
    approve_on_record(client, team.leader, interpretation)
    assert not fresh(interpretation).live
    assert not ReviewOpinion.objects.filter(page=interpretation, step=ReviewStep.LEADER_APPROVAL).exists()


def test_neither_goes_live_when_the_interpretations_publication_fails(interpreted, monkeypatch):
    document, interpretation, team = interpreted.document, interpreted.interpretation, interpreted.a
    approve_through_chain(document, team, steps=3)
    approve_through_chain(interpretation, team, steps=3)
    real_publish = publishing.publish_reviewed

    def failing_for_the_interpretation(submission, user):
        if str(submission.object_id) == str(interpretation.pk):
            raise RuntimeError("发布解读时出错")
        return real_publish(submission, user)

    monkeypatch.setattr(publishing, "publish_reviewed", failing_for_the_interpretation)
    page = fresh(document)
    with pytest.raises(RuntimeError):
        act_on_task(page.current_workflow_task.specific, page.current_workflow_task_state, team.leader, "approve",
                    {"decision": "proactive", "comment": "同意公开"})
    assert not fresh(document).live and not fresh(interpretation).live
    assert not ReviewOpinion.objects.filter(step=ReviewStep.LEADER_APPROVAL).exists()
    assert fresh(document).current_workflow_task.specific.step == ReviewStep.LEADER_APPROVAL
