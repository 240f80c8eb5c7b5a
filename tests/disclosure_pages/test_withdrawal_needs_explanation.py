"""主动公开制度 第二条: withdrawing a live item is published with an explanation."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from disclosure_pages.models import DisclosureItemPage
from moderation.publishing import publish_migrated
from tests.factories import DisclosureItemPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="admin-user", is_superuser=True, is_staff=True))
    return client


def test_plain_unpublish_without_explanation_is_refused(portal):
    item = DisclosureItemPageFactory(parent=portal.categories["other"])
    with pytest.raises(ValidationError):
        item.unpublish()
    assert DisclosureItemPage.objects.get(pk=item.pk).live


def test_admin_unpublish_asks_for_explanation(portal, admin_client):
    item = DisclosureItemPageFactory(parent=portal.categories["other"])
    # Wagtail's "unpublish" confirmation leads to the form that asks for the explanation.
    response = admin_client.post(reverse("wagtailadmin_pages:unpublish", args=[item.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("disclosure_withdraw", args=[item.pk])

    response = admin_client.post(reverse("disclosure_withdraw", args=[item.pk]), {"explanation": "  "})
    assert response.status_code == 200
    assert "撤销已公开的信息时，必须填写撤销说明。" in response.content.decode()
    assert DisclosureItemPage.objects.get(pk=item.pk).live


def test_withdrawn_item_shows_its_explanation_publicly(portal, admin_client, client):
    category = portal.categories["other"]
    item = DisclosureItemPageFactory(parent=category)
    url = item.url
    response = admin_client.post(
        reverse("disclosure_withdraw", args=[item.pk]), {"explanation": "该通知内容已过时，由新通知替代。"}
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert not item.live and item.withdrawn_at is not None

    client.logout()
    gone = client.get(url)
    assert gone.status_code == 410
    assert "该通知内容已过时，由新通知替代。" in gone.content.decode()
    listing = client.get(category.url).content.decode()
    assert "已撤销信息及说明" in listing and item.index_number in listing
    assert f'href="{url}"' not in listing


@pytest.mark.parametrize("debug", [False, True])
def test_withdrawn_address_answers_410_but_other_unpublished_pages_404(portal, client, settings, debug):
    settings.DEBUG = debug  # the development server must show editors what the public will see
    withdrawn = DisclosureItemPageFactory(parent=portal.categories["other"], summary="不应再出现的摘要内容")
    withdrawn.withdraw("数据有误，已撤销。")
    draft = DisclosureItemPageFactory(parent=portal.categories["other"], live=False)

    gone = client.get(withdrawn.url)
    assert gone.status_code == 410
    assert "数据有误，已撤销。" in gone.content.decode()
    assert "不应再出现的摘要内容" not in gone.content.decode()
    assert client.get(withdrawn.url.replace(withdrawn.slug, draft.slug)).status_code == 404
    assert client.get(withdrawn.url + "anything/").status_code == 404


def test_republishing_clears_the_withdrawal(portal):
    item = DisclosureItemPageFactory(parent=portal.categories["other"])
    item.withdraw("临时撤下核对数据。")
    item.refresh_from_db()
    publish_migrated(item, source="测试数据")
    item.refresh_from_db()
    assert item.live and item.withdrawn_at is None and item.withdrawal_explanation == ""


def test_bulk_unpublish_of_items_is_refused(portal, admin_client):
    item = DisclosureItemPageFactory(parent=portal.categories["other"])
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"]) + f"?id={item.pk}&next=/admin/"
    response = admin_client.post(url, {"include_descendants": ""})
    assert response.status_code == 302
    assert DisclosureItemPage.objects.get(pk=item.pk).live
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("须逐条撤销并填写撤销说明" in m for m in messages)
