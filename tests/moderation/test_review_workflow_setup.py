"""The four-step workflow is set up idempotently and assigned to the portal; assignment e-mails go
to the people of the step, not to a static group."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Workflow, WorkflowPage, WorkflowTask

from moderation.workflow import WORKFLOW_NAME, setup_review_workflow

from .flow import fresh


@pytest.mark.django_db
def test_setup_is_idempotent_and_ordered(portal):
    setup_review_workflow(portal.home)
    call_command("setup_review_workflow")
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    tasks = [wt.task.specific for wt in WorkflowTask.objects.filter(workflow=workflow).order_by("sort_order")]
    assert [task.step for task in tasks] == [1, 2, 3, 4]
    assert WorkflowPage.objects.get(page=portal.home).workflow == workflow
    assert WorkflowTask.objects.filter(workflow=workflow).count() == 4
    assert Workflow.objects.filter(name=WORKFLOW_NAME).count() == 1


@pytest.mark.django_db
def test_assignment_mail_goes_to_the_step_people(chain, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    page = chain.page
    page.save_revision(user=chain.a.drafter)
    with django_capture_on_commit_callbacks(execute=True):  # mail leaves after the commit (outgoing.mail)
        page.get_workflow().start(page, chain.a.drafter)
    assert [m.to for m in mail.outbox] == [[chain.a.drafter.email]]
    assert reverse("moderation:review_record", args=[page.pk]) + "#opinion" in mail.outbox[0].body
    current = fresh(page)
    with django_capture_on_commit_callbacks(execute=True):
        current.current_workflow_task.on_action(current.current_workflow_task_state, chain.a.drafter, "approve",
                                                decision="proactive", grounds=[], comment="")
    assert mail.outbox[-1].to == [chain.a.head.email]
    assert chain.b.head.email not in mail.outbox[-1].to
