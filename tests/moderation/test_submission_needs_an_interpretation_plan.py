"""政策解读制度 第二条、第四条（一）: a 规范性文件, or an item marked 重要政策文件, is sent for review (the
drafter's 送审 at step 1) only with a complete 解读方案; the message names what is missing."""

import datetime

import pytest
from django.urls import reverse

from moderation.review_actions import ReviewRefused, act_on_task

from .conftest import PLAN, login
from .flow import fresh, submit

pytestmark = pytest.mark.django_db


def send(client, user, page, follow=True):
    login(client, user)
    task_state = fresh(page).current_workflow_task_state
    data = {"action": "approve", "task_state": task_state.pk, "decision": "proactive", "comment": "拟主动公开"}
    return client.post(reverse("moderation:act", args=[page.pk]), data, follow=follow)


@pytest.mark.parametrize("mark", ["is_normative", "is_important_policy"])
def test_submission_without_plan_is_refused_naming_what_is_missing(client, chain, mark):
    submit(client, chain.a.drafter, chain.page, **{mark: "on", "plan_channel": "门户网站"})
    record = client.get(reverse("moderation:review_record", args=[chain.page.pk])).content.decode()
    assert "须同步发布政策解读" in record
    assert "解读方案不完整，缺少：解读提纲、解读形式、计划解读时间" in record
    assert "提出初步意见并送审" not in record
    assert send(client, chain.a.drafter, chain.page, follow=False).url == reverse("wagtailadmin_home")
    # The service itself refuses, whichever view asks it.
    page = fresh(chain.page)
    with pytest.raises(ReviewRefused, match="缺少：解读提纲、解读形式、计划解读时间"):
        act_on_task(page.current_workflow_task.specific, page.current_workflow_task_state, chain.a.drafter,
                    "approve", {"decision": "proactive", "comment": "拟主动公开"})
    assert fresh(chain.page).current_workflow_task.specific.step == 1


def test_submission_with_complete_plan_goes_to_the_section_head(client, chain):
    submit(client, chain.a.drafter, chain.page, is_normative="on", **PLAN)
    html = send(client, chain.a.drafter, chain.page).content.decode()
    assert "意见已记录" in html
    assert fresh(chain.page).current_workflow_task.specific.step == 2


def test_items_needing_no_interpretation_need_no_plan(client, chain):
    submit(client, chain.a.drafter, chain.page)
    send(client, chain.a.drafter, chain.page)
    assert fresh(chain.page).current_workflow_task.specific.step == 2


def test_the_plan_checked_is_the_submitted_revisions_not_the_live_pages(chain):
    """A live normative document re-submitted: its public row has a plan, the edit under review removed it."""
    from moderation.publishing import publish_migrated

    page = fresh(chain.page)
    page.is_normative = True
    for name, value in PLAN.items():
        setattr(page, name, datetime.date.fromisoformat(value) if name == "planned_on" else value)
    page.save()
    publish_migrated(page, source="旧网站")
    page = fresh(chain.page)
    page.plan_outline = ""
    page.save_revision(user=chain.a.drafter)
    page.get_workflow().start(page, chain.a.drafter)
    page = fresh(chain.page)
    assert page.plan_outline  # the live row still has it
    with pytest.raises(ReviewRefused, match="缺少：解读提纲"):
        act_on_task(page.current_workflow_task.specific, page.current_workflow_task_state, chain.a.drafter,
                    "approve", {"decision": "proactive", "comment": "拟主动公开"})
