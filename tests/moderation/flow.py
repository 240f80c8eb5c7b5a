"""Driving the chain through the real admin views (Django test client)."""

from django.urls import reverse
from wagtail.models import Page

from disclosure_pages.models import DisclosureDecision

from .conftest import item_form_data, login


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def submit(client, user, page, **overrides):
    """The drafter clicks 提交审核 (submit to the workflow) in the page editor."""
    login(client, user)
    data = item_form_data(fresh(page), **overrides)
    data["action-submit"] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def act(client, user, page, action="approve", decision=DisclosureDecision.PROACTIVE, grounds=(), comment="同意",
        xhr=False):
    """The person clicks the action on the dashboard's workflow modal and sends the opinion form.

    With ``xhr=True`` the request is sent as the modal sends it, so that a refusal answers 403
    (Wagtail turns refusals of plain requests into a redirect to the dashboard with a message)."""
    login(client, user)
    task_state = fresh(page).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    data = {"comment": comment}
    if action == "approve":
        data.update({"decision": decision, "grounds": list(grounds)})
    headers = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"} if xhr else {}
    return client.post(url, data, **headers)


def run_chain(client, chain_fixture, page=None, steps=4):
    page = page or chain_fixture.page
    team = chain_fixture.a
    response = submit(client, team.drafter, page)
    assert response.status_code == 302, response.content[:2000]
    for user in team.steps[:steps]:
        response = act(client, user, page)
        assert response.status_code == 302
    return fresh(page)


def send_back_at_step_two(client, chain_fixture, page, comment):
    """Submitted, the drafter's opinion given, and the section head sends it back with ``comment``."""
    team = chain_fixture.a
    submit(client, team.drafter, page)
    act(client, team.drafter, page)
    act(client, team.head, page, action="reject", comment=comment)
