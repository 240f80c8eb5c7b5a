"""保密审查 第六条: after a rejection the whole chain runs again from step 1, in order; the
earlier round stays on record."""

import pytest
from wagtail.models import WorkflowState

from moderation.models import Outcome, ReviewOpinion, ReviewStep

from .flow import act, fresh, submit


@pytest.mark.django_db
def test_resubmission_after_edit_starts_at_step_one(client, chain):
    page = chain.page
    submit(client, chain.a.drafter, page)
    act(client, chain.a.drafter, page)
    act(client, chain.a.head, page)
    act(client, chain.a.reviewer, page, action="reject", comment="请补充文号")

    assert submit(client, chain.a.drafter, page, document_number="卫云数发〔2024〕99号").status_code == 302
    page = fresh(page)
    assert page.current_workflow_task.specific.step == ReviewStep.DRAFTER_OPINION
    # The head's step is asked again (stock Wagtail would resume at step 3).
    act(client, chain.a.drafter, page)
    assert fresh(page).current_workflow_task.specific.step == ReviewStep.SECTION_HEAD_REVIEW
    for user in chain.a.steps[1:]:
        act(client, user, page)
    page = fresh(page)
    assert page.live and page.document_number == "卫云数发〔2024〕99号"

    submissions = list(WorkflowState.objects.for_instance(page).order_by("created_at"))
    assert len(submissions) == 2
    first, second = submissions
    assert list(first.review_opinions.values_list("step", "outcome")) == [
        (1, Outcome.APPROVED), (2, Outcome.APPROVED), (3, Outcome.REJECTED)
    ]
    assert list(second.review_opinions.order_by("created_at").values_list("step", flat=True)) == [1, 2, 3, 4]
    assert ReviewOpinion.objects.filter(page=page).count() == 7


@pytest.mark.django_db
def test_resubmission_without_new_chain_is_not_published(client, chain):
    page = chain.page
    submit(client, chain.a.drafter, page)
    for user in chain.a.steps[:3]:
        act(client, user, page)
    act(client, chain.a.leader, page, action="reject", comment="暂缓")
    submit(client, chain.a.drafter, page, summary="修改后的概述")
    page = fresh(page)
    assert not page.live
    assert page.current_workflow_task.specific.step == ReviewStep.DRAFTER_OPINION
