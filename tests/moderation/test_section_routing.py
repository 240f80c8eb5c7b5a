"""保密审查 第三条 (谁主管、谁负责；谁公开、谁审查): steps 1, 2, 4 belong to the owning section."""

import pytest
from django.urls import reverse

from moderation.models import ReviewOpinion, ReviewStep

from .conftest import login
from .flow import act, fresh, submit


@pytest.mark.django_db
def test_foreign_head_gets_403(client, chain):
    page = chain.page
    submit(client, chain.a.drafter, page)
    act(client, chain.a.drafter, page)
    response = act(client, chain.b.head, page, xhr=True)
    assert response.status_code == 403
    assert fresh(page).current_workflow_task.specific.step == ReviewStep.SECTION_HEAD_REVIEW
    assert not ReviewOpinion.objects.filter(reviewer=chain.b.head).exists()
    # nor may they open the editor of section A's item
    assert login(client, chain.b.head).get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code in (302, 403)


@pytest.mark.django_db
def test_foreign_leader_cannot_approve_or_publish(client, chain):
    page = chain.page
    submit(client, chain.a.drafter, page)
    for user in chain.a.steps[:3]:
        act(client, user, page)
    assert act(client, chain.b.leader, page, xhr=True).status_code == 403
    assert not fresh(page).live
    assert not fresh(page).permissions_for_user(chain.b.leader).can_publish()
    assert fresh(page).permissions_for_user(chain.a.leader).can_publish()


@pytest.mark.django_db
def test_drafters_and_section_heads_have_no_publish_permission(chain):
    # 协调机制 第五条: 未经批准不得发布.
    page = fresh(chain.page)
    for user in (chain.a.drafter, chain.a.head, chain.a.reviewer):
        assert not page.permissions_for_user(user).can_publish()
