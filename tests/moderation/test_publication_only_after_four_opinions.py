"""保密审查 第六条 / 协调机制 第五条: four opinions in order; only the leader's approval publishes."""

import pytest

from moderation.models import Outcome, ReviewOpinion, ReviewStep

from .flow import act, fresh, run_chain, submit


@pytest.mark.django_db
def test_happy_path_publishes_only_after_step_four(client, chain):
    page = chain.page
    assert submit(client, chain.a.drafter, page).status_code == 302
    for step, user in enumerate(chain.a.steps, start=1):
        assert not fresh(page).live, f"published before step {step}"
        assert fresh(page).current_workflow_task.specific.step == step
        assert act(client, user, page).status_code == 302
    page = fresh(page)
    assert page.live
    opinions = list(ReviewOpinion.objects.filter(page=page).order_by("step"))
    assert [o.step for o in opinions] == list(ReviewStep.values)
    assert [o.reviewer for o in opinions] == chain.a.steps
    assert all(o.outcome == Outcome.APPROVED and o.revision_id == page.live_revision_id for o in opinions)


@pytest.mark.django_db
def test_three_opinions_do_not_publish(client, chain):
    page = run_chain(client, chain, steps=3)
    assert not page.live
    assert page.current_workflow_task.specific.step == ReviewStep.LEADER_APPROVAL
