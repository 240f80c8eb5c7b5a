"""保密审查 第六条: four opinions from four people, whatever groups a person belongs to."""

import pytest

from moderation.models import ReviewOpinion, ReviewStep
from organisation.models import Role
from tests.factories import MembershipFactory

from .flow import act, fresh, submit


@pytest.mark.django_db
def test_head_who_is_also_leader_gives_only_one_opinion(client, chain):
    page = chain.page
    MembershipFactory(user=chain.a.head, section=chain.section_a, role=Role.LEADER_IN_CHARGE)
    submit(client, chain.a.drafter, page)
    act(client, chain.a.drafter, page)
    act(client, chain.a.head, page)
    act(client, chain.a.reviewer, page)
    assert act(client, chain.a.head, page, xhr=True).status_code == 403
    page = fresh(page)
    assert not page.live
    assert page.current_workflow_task.specific.step == ReviewStep.LEADER_APPROVAL
    assert ReviewOpinion.objects.filter(reviewer=chain.a.head).count() == 1
    act(client, chain.a.leader, page)
    assert fresh(page).live


@pytest.mark.django_db
def test_drafter_cannot_also_review_as_head(client, chain):
    page = chain.page
    MembershipFactory(user=chain.a.drafter, section=chain.section_a, role=Role.SECTION_HEAD)
    submit(client, chain.a.drafter, page)
    act(client, chain.a.drafter, page)
    assert act(client, chain.a.drafter, page, xhr=True).status_code == 403
    assert fresh(page).current_workflow_task.specific.step == ReviewStep.SECTION_HEAD_REVIEW
