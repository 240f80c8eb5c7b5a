"""A drafter creates a catalogue item through the Wagtail admin, as they meet it."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from disclosure_pages.models import DisclosureItemPage
from organisation.models import Role
from tests.factories import SectionFactory, member

pytestmark = pytest.mark.django_db


def test_drafter_saves_a_draft_with_an_allocated_index_number(portal, client, settings):
    section = SectionFactory(name="大数据发展科")
    client.force_login(member(Role.DRAFTER, section))
    category = portal.categories["finance"]
    add_url = reverse("wagtailadmin_pages:add", args=["disclosure_pages", "disclosureitempage", category.pk])
    assert client.get(add_url).status_code == 200
    data = nested_form_data(
        {
            "title": "2026年部门预算公开",
            "document_number": "",
            "publisher": section.pk,
            "creation_date": "2026-02-10",
            "topic": "",
            "keywords": "预算, 财政",
            "summary": "2026年部门预算及说明。",
            "classification": "",
            "validity": "in_force",
            "validity_explanation": "",
            "body": streamfield([("paragraph", rich_text("<p>一、部门职责</p>"))]),
            "attachments": inline_formset([]), "channels": inline_formset([]),
        }
    )
    response = client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    item = DisclosureItemPage.objects.get(title="2026年部门预算公开")
    assert item.index_number == f"{settings.DISCLOSURE_ORG_CODE}/2026-00001"
    assert not item.live and item.publisher == section
    assert sorted(item.keywords.names()) == ["财政", "预算"]
