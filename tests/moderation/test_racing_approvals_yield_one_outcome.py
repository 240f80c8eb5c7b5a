"""Two approvals racing on the same task state produce exactly one recorded outcome, and never an
error or an unpublish (the task state row is locked before the status is checked).

PostgreSQL only (real transactions and row locks); deselected on SQLite by tests/conftest.py."""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from moderation.models import ReviewOpinion, ReviewStep
from organisation.models import Role
from tests.factories import member

from .flow import fresh

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _advance(page, users):
    for user in users:
        current = fresh(page)
        current.current_workflow_task.on_action(
            current.current_workflow_task_state, user, "approve", decision="proactive", grounds=[], comment="同意")


def _race(page, users, rounds=1):
    """Each user posts Approve on the current task state at the same moment."""
    task_state = fresh(page).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    barrier = threading.Barrier(len(users))
    results, errors = [], []

    def post(user):
        client = Client()
        client.force_login(user)
        try:
            barrier.wait()
            response = client.post(url, {"decision": "proactive", "comment": "同意"})
            results.append(response.status_code)
        except Exception as exc:  # noqa: BLE001 - the test reports any error
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return task_state, results, errors


def _start(chain):
    page = chain.page
    page.save_revision(user=chain.a.drafter)
    page.get_workflow().start(page, chain.a.drafter)
    return page


def test_two_leaders_approving_at_once_publish_once(wagtail_base, chain):
    page = _start(chain)
    _advance(page, chain.a.steps[:3])
    second_leader = member(Role.LEADER_IN_CHARGE, chain.section_a, "a_leader2")
    task_state, results, errors = _race(page, [chain.a.leader, second_leader])

    assert errors == [] and sorted(results) == [302, 302]
    assert ReviewOpinion.objects.filter(task_state=task_state).count() == 1
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_APPROVED
    page = fresh(page)
    assert page.live
    assert WorkflowState.objects.for_instance(page).get().status == WorkflowState.STATUS_APPROVED
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish").count() == 1
    assert not PageLogEntry.objects.filter(page=page, action="wagtail.unpublish").exists()


def test_double_submitted_approve_moves_chain_once(wagtail_base, chain):
    page = _start(chain)
    _advance(page, chain.a.steps[:1])
    task_state, results, errors = _race(page, [chain.a.head, chain.a.head])

    assert errors == [] and sorted(results) == [302, 302]
    assert ReviewOpinion.objects.filter(step=ReviewStep.SECTION_HEAD_REVIEW).count() == 1
    submission = WorkflowState.objects.for_instance(page).get()
    step_three = TaskState.objects.filter(workflow_state=submission, task__in=[fresh(page).current_workflow_task])
    assert step_three.count() == 1
    assert fresh(page).current_workflow_task.specific.step == ReviewStep.CONFIDENTIALITY_REVIEW
