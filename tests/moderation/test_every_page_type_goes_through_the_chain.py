"""协调机制 第五条 (未经批准不得发布), 保密审查 第二、三条: every page below the portal — the guide, the
rules, categories, the catalogue, the home page — goes public only through the four steps, routed to its
owning section (the office when it names none). Only a recorded migrated publication passes without."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from disclosure_pages.models import ContentPage
from moderation.guards import PublishRefused
from moderation.models import FindingKind, SensitiveFinding
from moderation.moderating import waiting_for
from organisation.roles import ADMIN_GROUP
from tests.factories import ContentPageFactory, general_office, review_team

from .conftest import login
from .flow import act, fresh

pytestmark = pytest.mark.django_db

SENSITIVE = "联系人身份证号110101199003074514，手机13912345678。本文件属秘密★1年。"


@pytest.fixture
def office(chain):
    team = review_team(general_office(), "o")
    Group.objects.get(name=ADMIN_GROUP).user_set.add(team.drafter)
    return team


def content_form(page=None, **overrides):
    data = {
        "title": page.title if page else "新闻发布会安排",
        "slug": page.slug if page else "fabuhui",
        "publisher": "",
        "body": streamfield([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def test_office_cannot_publish_a_new_content_page_directly(client, chain, office):
    login(client, office.drafter)
    url = reverse("wagtailadmin_pages:add", args=["disclosure_pages", "contentpage", chain.portal.home.pk])
    data = content_form(title="新闻发布会安排")
    data["action-publish"] = "1"
    response = client.post(url, data, follow=True)
    assert "尚未完成保密审查" in response.content.decode()
    page = ContentPage.objects.get(title="新闻发布会安排")  # kept as a draft: nothing typed is lost
    assert not page.live
    client.logout()
    assert client.get("/fabuhui/").status_code == 404


@pytest.mark.parametrize("who", ["office", "leader"])
def test_edits_to_the_guide_and_categories_are_not_published_directly(client, chain, office, who):
    guide = ContentPageFactory(parent=chain.portal.home, title="信息公开指南", slug="zhinan")
    user = office.drafter if who == "office" else office.leader
    login(client, user)
    data = content_form(guide, title="信息公开指南（修订）")
    data["action-publish"] = "1"
    client.post(reverse("wagtailadmin_pages:edit", args=[guide.pk]), data, follow=True)
    assert fresh(guide).title == "信息公开指南" and fresh(guide).live

    category = chain.portal.categories["other"]
    data = nested_form_data({"title": "其他信息（改）", "slug": category.slug, "category": category.category,
                             "description": "", "comments": inline_formset([]), "action-publish": "1"})
    client.post(reverse("wagtailadmin_pages:edit", args=[category.pk]), data, follow=True)
    assert fresh(category).title != "其他信息（改）"


@pytest.mark.parametrize("page_of", ["home", "catalogue", "category", "content"])
def test_no_page_type_publishes_a_revision_without_the_chain(chain, page_of):
    page = {
        "home": chain.portal.home,
        "catalogue": chain.portal.catalogue,
        "category": chain.portal.categories["other"],
        "content": ContentPageFactory(parent=chain.portal.home, title="信息公开制度"),
    }[page_of]
    page = fresh(page)
    page.title = "未经审查的新标题"
    revision = page.save_revision()
    with pytest.raises(PublishRefused):
        revision.publish()
    assert Page.objects.get(pk=page.pk).title != "未经审查的新标题"


def test_a_content_page_without_section_is_reviewed_by_the_office(client, chain, office):
    login(client, office.drafter)
    url = reverse("wagtailadmin_pages:add", args=["disclosure_pages", "contentpage", chain.portal.home.pk])
    data = content_form(title="新闻发布会安排")
    data["action-submit"] = "1"
    response = client.post(url, data)
    page = ContentPage.objects.get(title="新闻发布会安排")
    # The drafter lands on the review record to give the initial opinion (保密审查 第六条（一）).
    assert response.status_code == 302 and reverse("moderation:review_record", args=[page.pk]) in response["Location"]
    assert act(client, office.drafter, page).status_code == 302
    assert [p.pk for _, p in waiting_for(office.head)] == [page.pk]
    assert waiting_for(chain.a.head) == []  # another section's head is not asked
    for user in office.steps[1:]:
        assert act(client, user, page).status_code == 302
    assert fresh(page).live


def test_a_content_page_of_a_section_is_reviewed_by_that_section(client, chain, office):
    page = ContentPageFactory(parent=chain.portal.home, title="数据开放专栏", publisher=chain.section_a, live=False)
    page.save_revision(user=chain.a.drafter)
    page.get_workflow().start(page, chain.a.drafter)
    assert [p.pk for _, p in waiting_for(chain.a.drafter)] == [page.pk]
    assert waiting_for(office.drafter) == []


def test_sensitive_content_on_a_content_page_is_found_and_blocks_step_three(client, chain, office):
    page = ContentPageFactory(
        parent=chain.portal.home, title="工作安排", live=False,
        body=[("paragraph", f"<p>{SENSITIVE}</p>")],
    )
    page.save_revision(user=office.drafter)
    page.get_workflow().start(page, office.drafter)
    for user in office.steps[:2]:
        assert act(client, user, page).status_code == 302
    kinds = set(SensitiveFinding.objects.filter(page=page).values_list("kind", flat=True))
    assert {FindingKind.RESIDENT_ID, FindingKind.MOBILE, FindingKind.CLASSIFICATION_MARK} <= kinds
    act(client, office.reviewer, page)
    assert fresh(page).current_workflow_task.step == 3  # still waiting for the findings to be resolved
    assert not fresh(page).live


def test_the_editor_offers_no_publish_button(client, chain, office):
    guide = ContentPageFactory(parent=chain.portal.home, title="信息公开指南", slug="zhinan")
    for user in (office.drafter, office.leader, chain.a.leader):
        login(client, user)
        for page in (guide, chain.page):
            response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
            if response.status_code == 200:
                assert 'name="action-publish"' not in response.content.decode()
    login(client, office.leader)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[guide.pk])).content.decode()
    assert 'name="action-submit"' in html
