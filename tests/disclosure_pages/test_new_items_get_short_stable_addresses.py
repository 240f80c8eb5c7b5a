"""条例 第十二条: an item created in the admin gets a short address from its 索引号 (item-2026-00001),
not its Chinese title, and keeps it for good."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from disclosure_pages.models import DisclosureItemPage
from organisation.models import Role
from tests.factories import DisclosureItemPageFactory, SectionFactory, member

pytestmark = pytest.mark.django_db

TITLE = "中卫市云计算和大数据发展局关于印发《中卫市政务数据共享开放管理暂行办法》的通知" * 3


def item_form(section, **fields):
    return nested_form_data({
        "title": TITLE, "document_number": "", "publisher": section.pk, "creation_date": "2026-02-10",
        "topic": "", "keywords": "", "summary": "", "classification": "", "validity": "in_force",
        "validity_explanation": "", "body": streamfield([("paragraph", rich_text("<p>正文</p>"))]),
        "attachments": inline_formset([]), "channels": inline_formset([]), **fields,
    })


def test_item_created_in_the_admin_gets_a_short_address_from_its_index_number(portal, client, settings):
    section = SectionFactory(name="大数据发展科")
    client.force_login(member(Role.DRAFTER, section))
    category = portal.categories["regulations"]
    add_url = reverse("wagtailadmin_pages:add", args=["disclosure_pages", "disclosureitempage", category.pk])
    assert 'name="slug"' not in client.get(add_url).content.decode()
    response = client.post(add_url, item_form(section, slug="zhong-wei-shi-yun-ji-suan"))
    assert response.status_code == 302, response.content.decode()[:2000]
    item = DisclosureItemPage.objects.get(title=TITLE)
    assert item.index_number == f"{settings.DISCLOSURE_ORG_CODE}/2026-00001"
    assert item.slug == "item-2026-00001"
    assert item.url_path.endswith("/regulations/item-2026-00001/")

    edit_url = reverse("wagtailadmin_pages:edit", args=[item.pk])
    response = client.post(edit_url, item_form(section, title="改名后的通知", slug="renamed"))
    assert response.status_code == 302, response.content.decode()[:2000]
    item.refresh_from_db()
    assert item.slug == "item-2026-00001" and item.draft_title == "改名后的通知"


def test_an_items_address_never_changes(portal):
    item = DisclosureItemPageFactory(parent=portal.categories["other"], title=TITLE, creation_date=datetime.date(2025, 6, 1))
    assert item.slug == f"item-2025-{item.index_number[-5:]}"
    item.slug = "another-address"
    with pytest.raises(ValidationError) as refused:
        item.save()
    assert refused.value.message_dict["slug"] == ["公开条目的网址创建后不能更改。"]
