"""保密审查 第五条（一）: an item marked 秘密/机密/绝密 is never published, whatever the opinions."""

import pytest
from wagtail.models import WorkflowState

from disclosure_pages.models import Classification, DisclosureDecision
from moderation.guards import PublishRefused
from moderation.models import WithholdingGround

from .flow import act, fresh, submit


@pytest.fixture
def classified(chain):
    chain.page.classification = Classification.CONFIDENTIAL
    chain.page.save()
    return chain


@pytest.mark.django_db
def test_classified_page_stays_unpublished_after_full_approval(client, classified):
    page = classified.page
    submit(client, classified.a.drafter, page, classification=Classification.CONFIDENTIAL)
    for user in classified.a.steps[:3]:
        act(client, user, page)
    # The leader approves 主动公开: refused, nothing published.
    assert act(client, classified.a.leader, page, xhr=True).status_code == 403
    assert not fresh(page).live
    # The leader approves 不予公开 with grounds: the chain completes, nothing is published.
    response = act(
        client, classified.a.leader, page, decision=DisclosureDecision.WITHHELD,
        grounds=[WithholdingGround.STATE_SECRET], comment="涉及国家秘密",
    )
    assert response.status_code == 302
    page = fresh(page)
    assert not page.live
    assert WorkflowState.objects.for_instance(page).get().status == WorkflowState.STATUS_APPROVED


@pytest.mark.django_db
def test_classified_page_refused_by_revision_publish(classified):
    revision = classified.page.save_revision()
    with pytest.raises(PublishRefused, match="密级"):
        revision.publish()
    assert not fresh(classified.page).live
