"""保密审查 第六条: any step may send the page back; the reason reaches the section's people."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState

from moderation.models import Outcome, ReviewOpinion

from .conftest import login
from .flow import act, fresh, submit


@pytest.mark.django_db
@pytest.mark.parametrize("rejecting_step", [1, 2, 3, 4])
def test_rejection_at_each_step_sends_page_back(client, chain, rejecting_step, django_capture_on_commit_callbacks):
    page = chain.page
    submit(client, chain.a.drafter, page)
    for user in chain.a.steps[: rejecting_step - 1]:
        act(client, user, page)
    mail.outbox.clear()
    rejecter = chain.a.steps[rejecting_step - 1]
    with django_capture_on_commit_callbacks(execute=True):  # mail leaves after the commit (outgoing.mail)
        assert act(client, rejecter, page, action="reject", comment="数据口径需核实").status_code == 302

    page = fresh(page)
    assert not page.live
    submission = WorkflowState.objects.for_instance(page).get()
    assert submission.status == WorkflowState.STATUS_NEEDS_CHANGES
    rejection = ReviewOpinion.objects.get(submission=submission, outcome=Outcome.REJECTED)
    assert rejection.step == rejecting_step and rejection.reviewer == rejecter
    assert rejection.comment == "数据口径需核实"
    # The section's people are told (not a static group); people of other sections are not.
    recipients = {address for message in mail.outbox for address in message.to}
    assert chain.a.drafter.email in recipients and chain.a.head.email in recipients
    assert chain.b.drafter.email not in recipients
    assert any("数据口径需核实" in message.body for message in mail.outbox)


@pytest.mark.django_db
def test_drafter_sees_all_opinions_of_the_round(client, chain):
    page = chain.page
    submit(client, chain.a.drafter, page)
    act(client, chain.a.drafter, page, comment="建议主动公开")
    act(client, chain.a.head, page, comment="同意公开")
    act(client, chain.a.reviewer, page, action="reject", comment="附件缺页")
    html = login(client, chain.a.drafter).get(reverse("moderation:review_record", args=[page.pk])).content.decode()
    for text in ["建议主动公开", "同意公开", "附件缺页", "退回修改"]:
        assert text in html


@pytest.mark.django_db
def test_rejection_needs_a_reason(client, chain):
    page = chain.page
    submit(client, chain.a.drafter, page)
    act(client, chain.a.drafter, page, action="reject", comment="")
    assert not ReviewOpinion.objects.exists()
    assert fresh(page).current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
