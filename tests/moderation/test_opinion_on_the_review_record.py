"""保密审查 第六条（一）: the drafter gives the initial opinion when submitting, on a full page that
also lets every later step act next to the record of earlier opinions."""

import pytest
from django.urls import reverse

from disclosure_pages.models import DisclosureDecision
from moderation.models import Outcome, ReviewOpinion, ReviewStep

from .conftest import login
from .flow import fresh, submit

pytestmark = pytest.mark.django_db


def record_url(page):
    return reverse("moderation:review_record", args=[page.pk])


def act_on_record(client, page, action="approve", headers=None, **data):
    data.setdefault("comment", "同意")
    if action == "approve":
        data.setdefault("decision", DisclosureDecision.PROACTIVE)
    return client.post(reverse("moderation:act", args=[page.pk]), {"action": action, **data}, headers=headers)


def test_submitting_takes_the_drafter_to_the_opinion_form(client, chain):
    response = submit(client, chain.a.drafter, chain.page)
    assert response.status_code == 302
    assert response["Location"] == record_url(chain.page) + "#opinion"
    html = client.get(record_url(chain.page)).content.decode()
    assert "提出意见" in html and "提出初步意见并送审" in html and 'name="grounds"' in html


def test_a_submitter_without_step_one_goes_back_to_the_editor_as_usual(client, chain):
    response = submit(client, chain.a.head, chain.page)  # heads hold step 2, not step 1
    assert response.status_code == 302
    assert "moderation" not in response["Location"]


def test_the_whole_chain_can_be_run_from_the_review_record(client, chain):
    page = chain.page
    submit(client, chain.a.drafter, page)
    for step, user in enumerate(chain.a.steps, start=1):
        login(client, user)
        assert fresh(page).current_workflow_task.specific.step == step
        assert not fresh(page).live
        response = act_on_record(client, page, comment=f"第{step}步同意")
        assert response.status_code == 302 and response["Location"] == record_url(page)
    assert fresh(page).live
    opinions = ReviewOpinion.objects.filter(page=page).order_by("step")
    assert [o.comment for o in opinions] == [f"第{step}步同意" for step in ReviewStep.values]


def test_an_incomplete_opinion_is_shown_again_with_its_error_and_nothing_is_recorded(client, chain):
    page = chain.page
    submit(client, chain.a.drafter, page)
    response = act_on_record(client, page, decision=DisclosureDecision.WITHHELD, comment="涉及个人隐私")
    assert response.status_code == 200
    html = response.content.decode()
    assert "依申请公开或不予公开时，必须选择依据。" in html
    assert "涉及个人隐私" in html  # what was typed is kept
    assert not ReviewOpinion.objects.filter(page=page).exists()
    assert fresh(page).current_workflow_task.specific.step == ReviewStep.DRAFTER_OPINION


def test_rejection_from_the_review_record_needs_a_reason(client, chain):
    page = chain.page
    submit(client, chain.a.drafter, page)
    act_on_record(client, page)
    login(client, chain.a.head)
    assert "退回理由" in act_on_record(client, page, action="reject", comment="").content.decode()
    response = act_on_record(client, page, action="reject", comment="请补充附件")
    assert response.status_code == 302
    rejection = ReviewOpinion.objects.get(page=page, step=ReviewStep.SECTION_HEAD_REVIEW)
    assert rejection.outcome == Outcome.REJECTED and rejection.comment == "请补充附件"


@pytest.mark.parametrize("who", ["drafter of another section", "head of the same section", "superuser bystander"])
def test_only_the_current_steps_people_may_act(client, chain, who, django_user_model):
    page = chain.page
    submit(client, chain.a.drafter, page)
    user = {
        "drafter of another section": lambda: chain.b.drafter,
        "head of the same section": lambda: chain.a.head,
        "superuser bystander": lambda: django_user_model.objects.create_superuser("root2", password="x-9Lk!pw"),
    }[who]()
    client.force_login(user)
    # As a script would send it (Wagtail turns a plain request's 403 into a redirect with a message).
    assert act_on_record(client, page, headers={"X-Requested-With": "XMLHttpRequest"}).status_code == 403
    assert act_on_record(client, page).status_code == 302
    assert not ReviewOpinion.objects.filter(page=page).exists()
    assert 'action="%s"' % reverse("moderation:act", args=[page.pk]) not in client.get(record_url(page)).content.decode()
