"""政策解读制度 第四条（一）（二）: the section head's approval at step 2 approves the document's 解读方案;
the review record shows the plan as approved, with who approved it and when."""

import pytest
from django.urls import reverse

from moderation.models import ReviewOpinion, ReviewStep
from tests.factories import approve_through_chain

from .conftest import login

pytestmark = pytest.mark.django_db


def test_head_approval_records_the_plan_on_the_review_record(client, interpreted):
    approve_through_chain(interpreted.document, interpreted.a, steps=2)
    opinion = ReviewOpinion.objects.get(page=interpreted.document, step=ReviewStep.SECTION_HEAD_REVIEW)
    assert opinion.reviewer == interpreted.a.head
    assert opinion.approved_plan["outline"] == "一、制定背景；二、主要内容；三、适用范围。"
    assert opinion.approved_plan["form"] == "政策问答"
    assert opinion.approved_plan["interpreting_section_id"] == interpreted.section_a.pk
    drafter_opinion = ReviewOpinion.objects.get(page=interpreted.document, step=ReviewStep.DRAFTER_OPINION)
    assert drafter_opinion.approved_plan == {}

    login(client, interpreted.a.head)
    html = client.get(reverse("moderation:review_record", args=[interpreted.document.pk])).content.decode()
    assert "同时批准解读方案：" in html and "由数据资源科解读" in html


def test_items_needing_no_interpretation_record_no_plan(chain):
    approve_through_chain(chain.page, chain.a, steps=2)
    assert ReviewOpinion.objects.get(page=chain.page, step=ReviewStep.SECTION_HEAD_REVIEW).approved_plan == {}
