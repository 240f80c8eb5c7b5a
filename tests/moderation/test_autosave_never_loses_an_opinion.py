"""Problem 7: an opinion was silently lost. The drafter created and submitted an item, Wagtail 8's
editor autosaved the same content once more, and the opinion given next restarted the chain at
step 1 while the page said 意见已记录. Only a real change of content restarts the chain
(保密审查 第六条), and nobody is told something was recorded when it was not."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from disclosure_pages.models import DisclosureDecision, DisclosureItemPage
from moderation.models import ReviewOpinion, ReviewStep
from moderation.review_actions import Acted, ActResult

from .conftest import login
from .flow import act, fresh

pytestmark = pytest.mark.django_db


def create_and_submit(client, chain):
    """The drafter fills in a new item and clicks 提交审核（送审） on the create view."""
    login(client, chain.a.drafter)
    category = chain.portal.categories["other"]
    add_url = reverse("wagtailadmin_pages:add", args=["disclosure_pages", "disclosureitempage", category.pk])
    data = nested_form_data(
        {
            "title": "2026年政务数据共享目录",
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
            "attachments": inline_formset([]), "channels": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    data["action-submit"] = "1"
    response = client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = DisclosureItemPage.objects.get(title="2026年政务数据共享目录")
    assert response["Location"].startswith(reverse("moderation:review_record", args=[page.pk]))
    return page


def editor_form(page, **overrides):
    """The edit form as the browser holds it after loading the editor: every field as stored,
    the body's blocks with their ids, and the revision it was loaded from."""
    stored = fresh(page)
    page = stored.get_latest_revision_as_object()
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
        "attachments": inline_formset([]), "channels": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    data = nested_form_data(data)
    if stored.latest_revision_id:
        data["loaded_revision_id"] = stored.latest_revision_id
        data["loaded_revision_created_at"] = stored.latest_revision.created_at.isoformat()
    return data


def autosave(client, page, **overrides):
    """What the editor's w-autosave controller POSTs a moment after a change event: the whole
    form, no action button, answered as JSON."""
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), editor_form(page, **overrides),
        headers={"Accept": "application/json"},
    )


def save_draft(client, page, **overrides):
    """保存草稿 in the editor: the same form, sent by the button, answered with a redirect."""
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), editor_form(page, **overrides))


def give_opinion(client, page, action="approve", **data):
    """The form of the review record page, as it was rendered (with the step it answers)."""
    data.setdefault("comment", "同意公开")
    if action == "approve":
        data.setdefault("decision", DisclosureDecision.PROACTIVE)
    data.setdefault("task_state", fresh(page).current_workflow_task_state.pk)
    return client.post(reverse("moderation:act", args=[page.pk]), {"action": action, **data}, follow=True)


def shown(response):
    return [str(m) for m in response.context["messages"]]


def assert_truthful(response, page):
    """意见已记录 only when an opinion row exists for what was just said."""
    for message in shown(response):
        if "已记录" in message and "未记录" not in message:
            assert ReviewOpinion.objects.filter(page=page).exists(), message


def test_an_autosave_right_after_submitting_does_not_lose_the_drafters_opinion(client, chain):
    page = create_and_submit(client, chain)
    submitted_revision = fresh(page).latest_revision_id

    answer = autosave(client, page)

    # Nothing is saved behind the person's back on a page under review; the editor says why.
    assert answer.json()["success"] is False and "保密审查中" in answer.json()["error_message"]
    assert fresh(page).latest_revision_id == submitted_revision
    response = give_opinion(client, page)
    opinion = ReviewOpinion.objects.get(page=page)
    assert opinion.step == ReviewStep.DRAFTER_OPINION and opinion.comment == "同意公开"
    assert opinion.revision_id == submitted_revision
    assert fresh(page).current_workflow_task.specific.step == ReviewStep.SECTION_HEAD_REVIEW
    assert any("意见已记录" in m for m in shown(response))


def test_autosave_still_works_on_a_draft(client, chain):
    login(client, chain.a.drafter)
    page = chain.page
    save_draft(client, page)  # the editor was loaded on a saved draft
    answer = autosave(client, page, summary="起草中的概述")
    assert answer.json()["success"] is True
    assert fresh(page).get_latest_revision_as_object().summary == "起草中的概述"


def test_saving_the_draft_without_a_change_is_no_edit(client, chain):
    """保存草稿 with nothing changed makes a new revision of the same content: the opinions given
    stand, the chain goes on, and the leader's approval publishes."""
    page = create_and_submit(client, chain)
    give_opinion(client, page)
    login(client, chain.a.head)
    assert save_draft(client, page).status_code == 302
    assert fresh(page).latest_revision_id != ReviewOpinion.objects.get(page=page).revision_id

    for user in chain.a.steps[1:]:
        login(client, user)
        response = give_opinion(client, page)
        assert any("意见已记录" in m for m in shown(response)), shown(response)
    page = fresh(page)
    assert page.live and page.live_revision_id == page.latest_revision_id
    assert ReviewOpinion.objects.filter(page=page).count() == 4


def test_a_real_edit_restarts_the_chain_and_says_the_opinion_was_not_recorded(client, chain):
    page = create_and_submit(client, chain)
    save_draft(client, page, summary="送审后修改的概述")
    first_round = fresh(page).current_workflow_state

    response = give_opinion(client, page)

    assert not ReviewOpinion.objects.filter(page=page).exists()
    messages = shown(response)
    assert any("送审后内容已修改，审查已从第一步重新开始，您的意见未记录，请重新提出" in m for m in messages), messages
    assert_truthful(response, page)
    page = fresh(page)
    assert page.current_workflow_state != first_round
    assert page.current_workflow_task.specific.step == ReviewStep.DRAFTER_OPINION
    assert page.current_workflow_task_state.revision_id == page.latest_revision_id
    # Given again on the new content, the opinion is recorded.
    assert any("意见已记录" in m for m in shown(give_opinion(client, page)))
    assert ReviewOpinion.objects.get(page=page).revision_id == page.latest_revision_id


def test_wagtails_workflow_buttons_say_what_happened(client, chain):
    page = create_and_submit(client, chain)
    response = act(client, chain.a.drafter, page)
    assert any("意见已记录" in m for m in shown(client.get(response["Location"])))
    login(client, chain.a.head)
    save_draft(client, page, summary="科室负责人修改的概述")

    response = act(client, chain.a.head, page)

    messages = shown(client.get(response["Location"]))
    assert any("您的意见未记录" in m for m in messages) and not any("意见已记录" in m for m in messages)
    assert not ReviewOpinion.objects.filter(page=page, step=ReviewStep.SECTION_HEAD_REVIEW).exists()


def test_answering_a_step_that_is_over_records_nothing_and_says_so(client, chain):
    page = create_and_submit(client, chain)
    answered = fresh(page).current_workflow_task_state.pk
    give_opinion(client, page, task_state=answered)

    response = give_opinion(client, page, task_state=answered, comment="重复提交")  # a second click

    assert [o.comment for o in ReviewOpinion.objects.filter(page=page)] == ["同意公开"]
    assert any("该步骤已由他人处理" in m and "未记录" in m for m in shown(response)), shown(response)
    assert_truthful(response, page)

    # The head's form was rendered; meanwhile the text changed and an approval restarted the round.
    login(client, chain.a.head)
    rendered_for = fresh(page).current_workflow_task_state.pk
    save_draft(client, page, summary="修改后的概述")
    give_opinion(client, page)
    response = give_opinion(client, page, task_state=rendered_for)
    assert any("本轮送审已结束" in m and "未记录" in m for m in shown(response)), shown(response)
    assert not ReviewOpinion.objects.filter(page=page, step=ReviewStep.SECTION_HEAD_REVIEW).exists()
    with pytest.raises(ValueError):
        Acted(ActResult.RECORDED)  # the result cannot claim a record it does not hold
