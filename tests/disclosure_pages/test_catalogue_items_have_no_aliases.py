"""One item, one 索引号: Wagtail's "create alias" would put a second entry with the same 索引号 in
the catalogue (and answered 500 on the unique constraint). Aliases of items are refused with a
Chinese message, in the admin and on every other path; copying (a new item, a new 索引号) stays."""

import pytest
from django.urls import reverse
from wagtail.actions.create_alias import CreatePageAliasAction
from wagtail.models import Page

from disclosure_pages.models import DisclosureItemPage, InterpretationPage
from disclosure_pages.models.items import AliasRefused
from moderation.guards import PublishRefused
from tests.factories import DisclosureItemPageFactory, InterpretationPageFactory, UserFactory

pytestmark = pytest.mark.django_db

REFUSAL = "公开条目不能创建别名"


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="root", is_superuser=True))
    return client


def copy(client, page, **data):
    return client.post(reverse("wagtailadmin_pages:copy", args=[page.pk]), {
        "new_title": page.title, "new_slug": "bieming", "new_parent_page": page.get_parent().pk, **data,
    }, follow=True)


@pytest.mark.parametrize("factory, live", [
    (DisclosureItemPageFactory, True), (DisclosureItemPageFactory, False), (InterpretationPageFactory, True),
])
def test_the_admin_refuses_an_alias_of_an_item(portal, admin_client, factory, live):
    item = factory(parent=portal.categories["other"], live=live)
    pages = Page.objects.count()

    response = copy(admin_client, item, new_parent_page=portal.categories["finance"].pk, alias="on")

    assert response.status_code == 200 and REFUSAL in response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_pages:copy", args=[item.pk])
    assert Page.objects.count() == pages and not Page.objects.filter(alias_of=item).exists()


def test_the_copy_form_of_an_item_does_not_offer_an_alias(portal, admin_client):
    item = DisclosureItemPageFactory(parent=portal.categories["other"])
    html = admin_client.get(reverse("wagtailadmin_pages:copy", args=[item.pk])).content.decode()
    assert 'name="new_title"' in html and 'name="alias"' not in html


def test_a_category_is_not_aliased_with_its_items(portal, admin_client):
    category = portal.categories["other"]
    DisclosureItemPageFactory(parent=category)
    pages = Page.objects.count()

    response = copy(admin_client, category, new_parent_page=category.get_parent().pk, alias="on", copy_subpages="on")

    assert REFUSAL in response.content.decode()
    assert Page.objects.count() == pages


def test_a_copy_is_still_a_new_item_with_its_own_index_number(portal, admin_client):
    item = DisclosureItemPageFactory(parent=portal.categories["other"])
    response = copy(admin_client, item, new_title="副本")
    assert REFUSAL not in response.content.decode()
    new = DisclosureItemPage.objects.get(title="副本")
    assert new.index_number and new.index_number != item.index_number and not new.live


def test_no_other_path_makes_an_alias_of_an_item(portal):
    item = DisclosureItemPageFactory(parent=portal.categories["other"])
    interpretation = InterpretationPageFactory(parent=portal.categories["other"], interpreted_document=item)
    for page in (item, interpretation):
        with pytest.raises(AliasRefused):
            page.create_alias(parent=portal.categories["finance"], update_slug=f"bieming-{page.pk}")
    # A category aliased with its items: the guard on the publish path refuses the category's alias first.
    with pytest.raises((AliasRefused, PublishRefused)):
        CreatePageAliasAction(Page.objects.get(pk=item.get_parent().pk), recursive=True,
                              parent=portal.home, update_slug="bieming-lanmu").execute()
    assert DisclosureItemPage.objects.filter(alias_of__isnull=False).count() == 0
    assert InterpretationPage.objects.filter(alias_of__isnull=False).count() == 0
