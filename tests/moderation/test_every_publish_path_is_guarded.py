"""协调机制 第五条 (未经批准不得发布): every way of publishing refuses an item whose latest revision
has no complete approved chain. One test per path."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.models import Page

from disclosure_pages.models import DisclosureItemPage
from moderation.guards import PublishRefused
from tests.factories import DisclosureItemPageFactory, UserFactory, approve_through_chain

from .conftest import item_form_data, login
from .flow import fresh

REFUSAL = "尚未完成保密审查"


def admin_publish(client, user, page, url=None, **overrides):
    login(client, user)
    data = item_form_data(fresh(page), **overrides)
    data["action-publish"] = "1"
    return client.post(url or reverse("wagtailadmin_pages:edit", args=[page.pk]), data, follow=True)


@pytest.fixture
def superuser(db):
    return UserFactory(username="root", is_superuser=True, is_staff=True)


@pytest.mark.django_db
def test_admin_publish_button_refused_for_leader(client, chain):
    response = admin_publish(client, chain.a.leader, chain.page)
    assert response.status_code == 200
    assert REFUSAL in response.content.decode()
    assert not fresh(chain.page).live


@pytest.mark.django_db
def test_admin_publish_button_refused_for_superuser(client, chain, superuser):
    response = admin_publish(client, superuser, chain.page)
    assert REFUSAL in response.content.decode()
    assert not fresh(chain.page).live


@pytest.mark.django_db
def test_bulk_publish_refused(client, chain, superuser):
    chain.page.save_revision(user=chain.a.drafter)
    login(client, superuser)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    response = client.post(f"{url}?id={chain.page.pk}", {"include_descendants": ""}, follow=True)
    assert response.status_code == 200
    assert REFUSAL in response.content.decode()
    assert not fresh(chain.page).live


@pytest.mark.django_db
def test_scheduling_without_review_refused(client, chain, superuser):
    go_live = (timezone.localtime() + datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    response = admin_publish(client, superuser, chain.page, go_live_at=go_live)
    assert REFUSAL in response.content.decode()
    page = fresh(chain.page)
    assert not page.live
    assert not page.revisions.filter(approved_go_live_at__isnull=False).exists()


@pytest.mark.django_db
def test_publish_scheduled_command_refuses_unreviewed_revision(chain):
    revision = chain.page.save_revision(user=chain.a.drafter)
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=5)
    revision.save(update_fields=["approved_go_live_at"])
    call_command("publish_scheduled")
    revision.refresh_from_db()
    assert not fresh(chain.page).live
    assert revision.approved_go_live_at is None


@pytest.mark.django_db
def test_publish_scheduled_command_publishes_reviewed_revision(chain):
    page = chain.page
    page.go_live_at = timezone.now() + datetime.timedelta(days=1)
    page.save()
    approve_through_chain(page, team=chain.a)
    assert not fresh(page).live  # scheduled by the leader's approval, not yet public
    # Time passes: the go-live moment of the approved revision is now in the past.
    past = timezone.now() - datetime.timedelta(minutes=1)
    DisclosureItemPage.objects.filter(pk=page.pk).update(go_live_at=past)
    scheduled = page.revisions.get(approved_go_live_at__isnull=False)
    # (In the database: a reviewed revision's content cannot be rewritten through the model.)
    page.revisions.filter(pk=scheduled.pk).update(
        content={**scheduled.content, "go_live_at": past.isoformat()}, approved_go_live_at=past
    )
    call_command("publish_scheduled")
    assert fresh(page).live


@pytest.mark.django_db
def test_copy_of_live_page_is_not_published(client, chain, superuser):
    live = DisclosureItemPageFactory(parent=chain.portal.categories["other"], publisher=chain.section_a)
    login(client, superuser)
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[live.pk]),
        {"new_title": "副本", "new_slug": "fuben", "new_parent_page": live.get_parent().pk, "publish_copies": "on"},
        follow=True,
    )
    assert "须经保密审查后才能发布" in response.content.decode()
    assert not DisclosureItemPage.objects.filter(slug="fuben", live=True).exists()


@pytest.mark.django_db
def test_copy_action_with_keep_live_is_refused_on_the_publish_path(chain):
    live = DisclosureItemPageFactory(parent=chain.portal.categories["other"], publisher=chain.section_a)
    with pytest.raises(PublishRefused):
        live.copy(update_attrs={"title": "副本", "slug": "fuben2"}, keep_live=True)
    assert not DisclosureItemPage.objects.filter(slug="fuben2", live=True).exists()


@pytest.mark.django_db
def test_revert_to_old_revision_refused(client, chain):
    page = chain.page
    approve_through_chain(page, team=chain.a)
    page = fresh(page)
    approved_revision = page.live_revision
    page.title = "修改后的标题"
    page.save_revision(user=chain.a.drafter)
    response = admin_publish(
        client, chain.a.leader, page,
        url=reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, approved_revision.pk]),
        title=approved_revision.as_object().title,
    )
    html = response.content.decode()
    assert REFUSAL in html, [str(m) for m in response.context["messages"]]
    assert fresh(page).live_revision_id == approved_revision.pk


@pytest.mark.django_db
def test_publish_action_as_used_by_an_api_refused(chain, superuser):
    revision = chain.page.save_revision(user=superuser)
    with pytest.raises(PublishRefused):
        PublishPageRevisionAction(revision, user=superuser).execute()
    assert not fresh(chain.page).live


@pytest.mark.django_db
def test_shell_revision_publish_refused(chain):
    revision = chain.page.save_revision()
    with pytest.raises(PublishRefused):
        revision.publish()
    assert not Page.objects.get(pk=chain.page.pk).live


@pytest.mark.django_db
def test_reviewed_revision_publishes(chain):
    approve_through_chain(chain.page, team=chain.a)
    assert fresh(chain.page).live
