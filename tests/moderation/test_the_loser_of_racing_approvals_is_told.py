"""Two people act on the same review step: the first one's opinion stands, and the other is told
"该步骤已由他人处理" instead of getting a 500. On SQLite, where select_for_update does nothing, the
loser used to fail with "database is locked": the step is now claimed by a conditional UPDATE of
the task state, the transaction's first statement (moderation.review_actions._claim).

The SQLite test database is an in-memory shared cache, whose table locks do not wait, so the real
two-thread race runs on PostgreSQL; on both databases the already-handled state is met through
the views."""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import TaskState

from moderation.models import ReviewOpinion, ReviewStep
from moderation.review_actions import ActResult, act_on_task
from organisation.models import Role
from tests.factories import member

from .flow import act, fresh, submit

ALREADY_HANDLED = "该步骤已由他人处理"


@pytest.fixture
def at_step_two(client, chain):
    """The item waits for the section heads of section A, of whom there are two."""
    submit(client, chain.a.drafter, chain.page)
    act(client, chain.a.drafter, chain.page)
    chain.head2 = member(Role.SECTION_HEAD, chain.section_a, "a_head2")
    return chain


def approve_url(page, task_state):
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])


def head_opinions():
    return ReviewOpinion.objects.filter(step=ReviewStep.SECTION_HEAD_REVIEW)


@pytest.mark.django_db
def test_the_second_approval_from_the_workflow_modal_is_told(client, at_step_two):
    chain = at_step_two
    task_state = fresh(chain.page).current_workflow_task_state
    act(client, chain.a.head, chain.page)

    client.force_login(chain.head2)  # had the modal open on the same step
    response = client.post(approve_url(chain.page, task_state), {"decision": "proactive", "comment": "同意"},
                           follow=True)

    assert response.status_code == 200 and ALREADY_HANDLED in response.content.decode()
    assert head_opinions().get().reviewer == chain.a.head
    assert fresh(chain.page).current_workflow_task.specific.step == ReviewStep.CONFIDENTIALITY_REVIEW


@pytest.mark.django_db
def test_the_second_approval_from_the_review_record_is_told(client, at_step_two):
    chain = at_step_two
    record = reverse("moderation:review_record", args=[chain.page.pk])
    client.force_login(chain.head2)
    form_html = client.get(record).content.decode()
    task_state = fresh(chain.page).current_workflow_task_state
    assert f'name="task_state" value="{task_state.pk}"' in form_html

    act(client, chain.a.head, chain.page)  # meanwhile, the other head approves

    client.force_login(chain.head2)
    response = client.post(reverse("moderation:act", args=[chain.page.pk]),
                           {"action": "approve", "task_state": task_state.pk, "decision": "proactive",
                            "comment": "同意"}, follow=True)
    assert response.redirect_chain[-1][0] == record
    assert ALREADY_HANDLED in response.content.decode()
    assert head_opinions().get().reviewer == chain.a.head


@pytest.mark.django_db
def test_the_step_is_claimed_before_anything_is_read(client, at_step_two):
    """The claim must be the transaction's first statement: a read first would leave SQLite's loser
    holding a shared lock it cannot upgrade ("database is locked")."""
    chain = at_step_two
    page = fresh(chain.page)
    task, task_state = page.current_workflow_task.specific, page.current_workflow_task_state
    with CaptureQueriesContext(connection) as queries:
        act_on_task(task, task_state, chain.a.head, "approve", {"decision": "proactive", "comment": "同意"})
    statements = [q["sql"] for q in queries.captured_queries]
    opened = next(i for i, sql in enumerate(statements) if sql.startswith(("SAVEPOINT", "BEGIN")))
    claim = statements[opened + 1]
    assert claim.startswith('UPDATE "wagtailcore_taskstate"') and "in_progress" in claim

    acted = act_on_task(task, task_state, chain.head2, "approve", {"decision": "proactive", "comment": "同意"})
    assert acted.result == ActResult.ALREADY_DONE and acted.opinion is None and ALREADY_HANDLED in acted.result.label
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_APPROVED


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_heads_approving_at_once_one_is_told(wagtail_base, client, at_step_two):
    chain = at_step_two
    url = approve_url(chain.page, fresh(chain.page).current_workflow_task_state)
    barrier = threading.Barrier(2)
    pages, errors = [], []

    def post(user):
        racer = Client()
        racer.force_login(user)
        try:
            barrier.wait()
            response = racer.post(url, {"decision": "proactive", "comment": "同意"}, follow=True)
            pages.append((response.status_code, response.content.decode()))
        except Exception as exc:  # noqa: BLE001 - the test reports any error
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(user,)) for user in (chain.a.head, chain.head2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert errors == [] and [status for status, _html in pages] == [200, 200]
    assert sum(ALREADY_HANDLED in html for _status, html in pages) == 1
    assert head_opinions().count() == 1
