"""Problem 7: an opinion was silently lost. The drafter created and submitted an item, Wagtail 8's
editor autosaved the same content once more, and the opinion given next restarted the chain at
step 1 while the page said 意见已记录. Only a real change of content restarts the chain
(保密审查 第六条), and nobody is told something was recorded when it was not."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from disclosure_pages.models import DisclosureDecision, DisclosureItemPage
from moderation.models import ReviewOpinion, ReviewStep

from .conftest import login
from .flow import fresh

pytestmark = pytest.mark.django_db


def create_and_submit(client, chain):
    """The drafter fills in a new item and clicks 提交审核（送审） on the create view."""
    login(client, chain.a.drafter)
    category = chain.portal.categories["other"]
    add_url = reverse("wagtailadmin_pages:add", args=["disclosure_pages", "disclosureitempage", category.pk])
    data = nested_form_data(
        {
            "title": "2026年政务数据共享目录",
            "slug": "data-sharing-2026",
            "document_number": "卫云数发〔2026〕3号",
            "publisher": chain.section_a.pk,
            "creation_date": "2026-03-02",
            "topic": "",
            "keywords": "数据共享",
            "summary": "政务数据共享目录及说明。",
            "classification": "",
            "validity": "in_force",
            "validity_explanation": "",
            "body": streamfield([("paragraph", rich_text("<p>一、共享范围</p>"))]),
            "attachments": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    data["action-submit"] = "1"
    response = client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = DisclosureItemPage.objects.get(slug="data-sharing-2026")
    assert response["Location"].startswith(reverse("moderation:review_record", args=[page.pk]))
    return page


def editor_form(page, **overrides):
    """The edit form as the browser holds it after loading the editor: every field as stored,
    the body's blocks with their ids, and the revision it was loaded from."""
    page = fresh(page)
    body = {
        str(i): {"type": "paragraph", "value": rich_text(block.value.source), "id": block.id, "deleted": "",
                 "order": str(i)}
        for i, block in enumerate(page.body)  # the test items hold paragraphs only
    }
    body["count"] = str(len(page.body))
    data = {
        "title": page.title,
        "slug": page.slug,
        "document_number": page.document_number,
        "publisher": page.publisher_id,
        "creation_date": page.creation_date.isoformat(),
        "topic": "",
        "keywords": ", ".join(sorted(page.keywords.names())),
        "summary": page.summary,
        "classification": page.classification,
        "validity": page.validity,
        "validity_explanation": page.validity_explanation,
        "body": body,
        "attachments": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    data = nested_form_data(data)
    data["loaded_revision_id"] = page.latest_revision_id
    data["loaded_revision_created_at"] = page.latest_revision.created_at.isoformat()
    return data


def autosave(client, page, **overrides):
    """What the editor's w-autosave controller POSTs a moment after a change event: the whole
    form, no action button, answered as JSON."""
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), editor_form(page, **overrides),
        headers={"Accept": "application/json"},
    )


def give_opinion(client, page, **data):
    data.setdefault("comment", "同意公开")
    data.setdefault("decision", DisclosureDecision.PROACTIVE)
    return client.post(reverse("moderation:act", args=[page.pk]), {"action": "approve", **data}, follow=True)


def shown(response):
    return [str(m) for m in get_messages(response.wsgi_request)] or [
        str(m) for m in response.context["messages"]
    ]


def test_an_autosave_right_after_submitting_does_not_lose_the_drafters_opinion(client, chain):
    page = create_and_submit(client, chain)
    submitted_revision = fresh(page).latest_revision_id
    autosave(client, page)

    response = give_opinion(client, page)

    opinion = ReviewOpinion.objects.get(page=page)
    assert opinion.step == ReviewStep.DRAFTER_OPINION and opinion.comment == "同意公开"
    assert opinion.revision_id == submitted_revision
    assert fresh(page).current_workflow_task.specific.step == ReviewStep.SECTION_HEAD_REVIEW
    assert any("意见已记录" in m for m in shown(response))
