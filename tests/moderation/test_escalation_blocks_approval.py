"""保密审查 第七条: unclear classification is referred upwards; approval waits for the decision."""

import pytest
from django.urls import reverse

from moderation.models import Escalation, EscalationDecision, ReviewStep

from .conftest import login
from .flow import act, fresh, submit


def _to_step_three(client, chain):
    submit(client, chain.a.drafter, chain.page)
    act(client, chain.a.drafter, chain.page)
    act(client, chain.a.head, chain.page)


@pytest.mark.django_db
def test_pending_referral_blocks_approval_until_decision(client, chain):
    page = chain.page
    _to_step_three(client, chain)
    login(client, chain.a.reviewer)
    client.post(reverse("moderation:escalate", args=[page.pk]),
                {"referred_to": "市国家保密局", "question": "项目投资数据是否属于国家秘密"})
    referral = Escalation.objects.get(page=page)
    assert referral.is_pending and referral.referred_by == chain.a.reviewer
    html = client.get(reverse("moderation:review_record", args=[page.pk])).content.decode()
    assert "市国家保密局" in html and "等待确定密级" in html

    assert act(client, chain.a.reviewer, page, xhr=True).status_code == 403
    assert fresh(page).current_workflow_task.specific.step == ReviewStep.CONFIDENTIALITY_REVIEW

    login(client, chain.a.reviewer)
    client.post(reverse("moderation:decide_escalation", args=[referral.pk]),
                {"decision": EscalationDecision.NOT_SECRET, "decision_reference": "卫保函〔2024〕3号"})
    referral.refresh_from_db()
    assert not referral.is_pending and referral.decided_at is not None
    assert act(client, chain.a.reviewer, page).status_code == 302
    assert fresh(page).current_workflow_task.specific.step == ReviewStep.LEADER_APPROVAL


@pytest.mark.django_db
def test_decided_secret_cannot_be_proactively_disclosed(client, chain):
    page = chain.page
    _to_step_three(client, chain)
    login(client, chain.a.reviewer)
    client.post(reverse("moderation:escalate", args=[page.pk]), {"referred_to": "市国家保密局", "question": "是否涉密"})
    referral = Escalation.objects.get(page=page)
    client.post(reverse("moderation:decide_escalation", args=[referral.pk]),
                {"decision": EscalationDecision.SECRET, "decision_reference": "卫保函〔2024〕4号"})
    assert act(client, chain.a.reviewer, page, xhr=True).status_code == 403
    assert fresh(page).current_workflow_task.specific.step == ReviewStep.CONFIDENTIALITY_REVIEW


@pytest.mark.django_db
def test_only_the_reviewer_can_refer(client, chain):
    _to_step_three(client, chain)
    login(client, chain.a.head)
    response = client.post(reverse("moderation:escalate", args=[chain.page.pk]),
                           {"referred_to": "x", "question": "y"}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 403
    assert not Escalation.objects.exists()
