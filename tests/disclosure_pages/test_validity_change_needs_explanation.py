"""主动公开制度 第二条: a change of 有效性 is published together with an explanation."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from disclosure_pages.models import DisclosureItemPage, Validity
from moderation.publishing import publish_migrated
from tests.factories import DisclosureItemPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_model_refuses_repeal_without_explanation(portal):
    item = DisclosureItemPageFactory(parent=portal.categories["regulations"])
    item.validity = Validity.REPEALED
    with pytest.raises(ValidationError) as error:
        item.save_revision()
    assert "变更说明" in str(error.value)
    with pytest.raises(ValidationError):
        item.save()
    item.refresh_from_db()
    assert item.validity == Validity.IN_FORCE


def test_repeal_with_explanation_is_shown_on_page_and_catalogue(portal, client):
    category = portal.categories["regulations"]
    item = DisclosureItemPageFactory(parent=category)
    item.validity = Validity.REPEALED
    item.validity_explanation = "已被卫云数发〔2026〕3号文件废止。"
    publish_migrated(item, source="测试数据")
    item.refresh_from_db()
    assert item.validity_changed_on is not None

    page = client.get(item.url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "validity-banner" in html and "本文件已废止" in html
    assert "已被卫云数发〔2026〕3号文件废止。" in html

    listing = client.get(category.url).content.decode()
    assert "废止" in listing and "已被卫云数发〔2026〕3号文件废止。" in listing


def test_admin_edit_form_shows_the_error_and_keeps_the_page(portal, client):
    admin = UserFactory(username="admin-user", is_superuser=True, is_staff=True)
    client.force_login(admin)
    item = DisclosureItemPageFactory(parent=portal.categories["regulations"], live=False)
    data = nested_form_data(
        {
            "title": item.title,
            "slug": item.slug,
            "document_number": item.document_number,
            "publisher": item.publisher_id,
            "creation_date": "2024-03-01",
            "keywords": "",
            "summary": item.summary,
            "classification": "",
            "validity": Validity.EXPIRED,
            "validity_explanation": "",
            "body": streamfield([]),
            "attachments": inline_formset([]), "channels": inline_formset([]),
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[item.pk]), data)
    assert response.status_code == 200
    assert "有效性改为失效或废止时，必须填写变更说明。" in response.content.decode()
    assert DisclosureItemPage.objects.get(pk=item.pk).validity == Validity.IN_FORCE
