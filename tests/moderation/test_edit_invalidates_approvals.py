"""Editing a page after an approval invalidates approvals given on older revisions: the chain
runs again from step 1 on the new revision (保密审查 第六条)."""

import json

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from disclosure_pages.models import DisclosureDecision
from moderation.models import ReviewOpinion, ReviewStep
from tests.factories import approve_through_chain

from .conftest import item_form_data, login
from .flow import act, fresh, submit


@pytest.mark.django_db
def test_edit_during_review_restarts_chain_at_step_one(client, chain):
    page = chain.page
    submit(client, chain.a.drafter, page)
    act(client, chain.a.drafter, page)
    act(client, chain.a.head, page)
    # The confidentiality reviewer corrects the summary and approves in the editor.
    login(client, chain.a.reviewer)
    data = item_form_data(fresh(page), summary="更正后的内容概述")
    data.update({
        "action-workflow-action": "1",
        "workflow-action-name": "approve",
        "workflow-action-extra-data": json.dumps({"decision": DisclosureDecision.PROACTIVE, "grounds": [], "comment": "同意"}),
    })
    assert client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data).status_code == 302

    page = fresh(page)
    assert not page.live
    assert page.current_workflow_task.specific.step == ReviewStep.DRAFTER_OPINION
    assert page.current_workflow_task_state.revision_id == page.latest_revision_id
    assert not ReviewOpinion.objects.filter(step=ReviewStep.CONFIDENTIALITY_REVIEW).exists()
    states = WorkflowState.objects.for_instance(page).order_by("created_at")
    assert [s.status for s in states] == [WorkflowState.STATUS_CANCELLED, WorkflowState.STATUS_IN_PROGRESS]
    # The earlier approvals stay on record with the revision they were given on.
    assert ReviewOpinion.objects.filter(submission=states[0]).count() == 2


@pytest.mark.django_db
def test_edit_after_publication_needs_a_new_chain(client, chain):
    page = chain.page
    approve_through_chain(page, team=chain.a)
    page = fresh(page)
    published_revision_id = page.live_revision_id
    login(client, chain.a.leader)
    data = item_form_data(page, summary="发布后修改的概述")
    data["action-publish"] = "1"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data, follow=True)
    assert "尚未完成保密审查" in response.content.decode()
    page = fresh(page)
    assert page.live_revision_id == published_revision_id
    assert page.summary != "发布后修改的概述"
