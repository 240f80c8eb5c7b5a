"""保密审查 第三条 (谁主管、谁负责): every review-related admin URL answers 403/404 to a person of
another section or of a role without business there. One parametrised test over role × URL × object."""

import pytest
from django.urls import reverse

from moderation.models import SensitiveFinding
from tests.factories import DisclosureItemPageFactory, approve_through_chain

from .flow import fresh

XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


@pytest.fixture
def objects(chain):
    """Section A's item half-way through review (at step 3) and a completed submission."""
    page = chain.page
    page.summary = "联系人13912345678"
    page.save_revision(user=chain.a.drafter)
    page.get_workflow().start(page, chain.a.drafter)
    for user in (chain.a.drafter, chain.a.head):
        current = fresh(page)
        current.current_workflow_task.on_action(
            current.current_workflow_task_state, user, "approve", decision="proactive", grounds=[], comment="同意")
    done = DisclosureItemPageFactory(parent=chain.portal.categories["other"], publisher=chain.section_a, live=False)
    submission = approve_through_chain(done, team=chain.a)
    page = fresh(page)
    return {
        "page": page,
        "task_state": page.current_workflow_task_state,
        "revision": page.latest_revision,
        "finding": SensitiveFinding.objects.filter(page=page).first(),
        "submission": submission,
    }


URLS = {
    "task action": lambda o: reverse("wagtailadmin_pages:workflow_action", args=[o["page"].pk, "approve", o["task_state"].pk]),
    "task action data": lambda o: reverse(
        "wagtailadmin_pages:collect_workflow_action_data", args=[o["page"].pk, "approve", o["task_state"].pk]),
    "task preview": lambda o: reverse("wagtailadmin_pages:workflow_preview", args=[o["page"].pk, o["task_state"].task_id]),
    "edit": lambda o: reverse("wagtailadmin_pages:edit", args=[o["page"].pk]),
    "preview": lambda o: reverse("wagtailadmin_pages:preview_on_edit", args=[o["page"].pk]),
    "revision view": lambda o: reverse("wagtailadmin_pages:revisions_view", args=[o["page"].pk, o["revision"].pk]),
    "revision compare": lambda o: reverse(
        "wagtailadmin_pages:revisions_compare", args=[o["page"].pk, "earliest", "latest"]),
    "history": lambda o: reverse("wagtailadmin_pages:history", args=[o["page"].pk]),
    "workflow history": lambda o: reverse("wagtailadmin_pages:workflow_history", args=[o["page"].pk]),
    "review record": lambda o: reverse("moderation:review_record", args=[o["page"].pk]),
    "confirm finding": lambda o: reverse("moderation:confirm_finding", args=[o["finding"].pk]),
    "escalate": lambda o: reverse("moderation:escalate", args=[o["page"].pk]),
    "act on review record": lambda o: reverse("moderation:act", args=[o["page"].pk]),
    "approval form": lambda o: reverse("moderation:approval_form", args=[o["submission"].pk]),
    "approval form pdf": lambda o: reverse("moderation:approval_form_pdf", args=[o["submission"].pk]),
}
POST_ONLY = {"confirm finding", "escalate", "act on review record"}
OTHER_SECTION = ["b.drafter", "b.head", "b.leader"]
FILING_URLS = {
    "filings": lambda o: reverse("moderation:filings"),
    "filings csv": lambda o: reverse("moderation:filings_csv"),
}
NO_FILING_ROLE = ["a.drafter", "a.head", "b.drafter", "b.head"]


def person(chain, name):
    team, role = name.split(".")
    return getattr(getattr(chain, team), role)


def request(client, name, url):
    if name in POST_ONLY:
        return client.post(
            url, {"reason": "x", "referred_to": "x", "question": "x", "action": "approve", "decision": "proactive"}, **XHR)
    return client.get(url, **XHR)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "who,url_name",
    [(who, name) for who in OTHER_SECTION for name in URLS] + [(who, name) for who in NO_FILING_ROLE for name in FILING_URLS],
)
def test_review_url_refused(client, chain, objects, who, url_name):
    url = {**URLS, **FILING_URLS}[url_name](objects)
    client.force_login(person(chain, who))
    response = request(client, url_name, url)
    assert response.status_code in (403, 404), (who, url_name, response.status_code)


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", ["history", "review record", "approval form", "approval form pdf", "revision compare"])
def test_review_url_open_to_own_section(client, chain, objects, url_name):
    """The same URLs answer the page's own section (so the refusals above are about scope)."""
    client.force_login(chain.a.drafter)
    assert client.get(URLS[url_name](objects)).status_code == 200


@pytest.mark.django_db
def test_filings_open_to_reviewer_and_leader(client, chain, objects):
    for user in (chain.a.reviewer, chain.b.leader):
        client.force_login(user)
        assert client.get(reverse("moderation:filings")).status_code == 200
