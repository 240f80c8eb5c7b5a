"""表二 (条例 第二十条第（一）项) counts 规章 and 行政规范性文件. An item may be one only in the category
法规规章和规范性文件、政策解读 (主动公开制度 第三条), and a 行政规范性文件 must be marked 规范性文件 (its
interpretation is due with it, 政策解读制度 第二条): refused with a message, never set silently. The
public page names the kind in its metadata."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from disclosure_pages.models import DisclosureItemPage, DocumentKind
from organisation.models import Role
from tests.factories import DisclosureItemPageFactory, InterpretationPageFactory, SectionFactory, member

pytestmark = pytest.mark.django_db

OUTSIDE = "规章只能发布在“法规规章和规范性文件、政策解读”栏目；请改选“非规章、规范性文件”，或在该栏目下添加。"
NOT_MARKED = "行政规范性文件属于规范性文件，请勾选“规范性文件”（须同步发布政策解读，政策解读制度 第二条）。"


def test_model_accepts_kinds_in_the_regulations_category(portal):
    category = portal.categories["regulations"]
    rule = DisclosureItemPageFactory(parent=category, document_kind=DocumentKind.RULE)
    normative = DisclosureItemPageFactory(parent=category, document_kind=DocumentKind.NORMATIVE, is_normative=True)
    assert {rule.document_kind, normative.document_kind} == {"rule", "normative"}


@pytest.mark.parametrize(("category", "kind", "field", "message", "save"), [
    ("finance", DocumentKind.RULE, "document_kind", OUTSIDE, "save"),
    ("regulations", DocumentKind.NORMATIVE, "is_normative", NOT_MARKED, "save_revision"),
])
def test_model_refuses_a_kind_out_of_place_or_unmarked(portal, category, kind, field, message, save):
    item = DisclosureItemPageFactory(parent=portal.categories[category])
    item.document_kind = kind
    with pytest.raises(ValidationError) as error:
        getattr(item, save)()
    assert error.value.message_dict[field] == [message]
    assert DisclosureItemPage.objects.get(pk=item.pk).document_kind == ""


def form(section, **overrides):
    data = {"title": "中卫市政务数据共享管理办法", "document_number": "卫云数发〔2026〕2号", "publisher": section.pk,
            "creation_date": "2026-02-10", "topic": "", "keywords": "", "summary": "", "classification": "",
            "validity": "in_force", "validity_explanation": "", "body": streamfield([]),
            "attachments": inline_formset([]), "channels": inline_formset([])}
    data.update(overrides)
    return nested_form_data(data)


def add_url(category):
    return reverse("wagtailadmin_pages:add", args=["disclosure_pages", "disclosureitempage", category.pk])


def test_drafter_chooses_the_kind_in_the_catalogue_block(portal, client):
    section = SectionFactory(name="大数据发展科")
    client.force_login(member(Role.DRAFTER, section))
    page = client.get(add_url(portal.categories["regulations"])).content.decode()
    assert "文件类型" in page and "行政规范性文件" in page

    response = client.post(add_url(portal.categories["finance"]), form(section, document_kind="rule"))
    assert response.status_code == 200 and OUTSIDE in response.content.decode()
    assert "卫云数发〔2026〕2号" in response.content.decode()  # what was typed is kept
    response = client.post(add_url(portal.categories["regulations"]), form(section, document_kind="normative"))
    assert response.status_code == 200 and NOT_MARKED in response.content.decode()
    assert not DisclosureItemPage.objects.filter(title="中卫市政务数据共享管理办法").exists()

    response = client.post(add_url(portal.categories["regulations"]), form(section, document_kind="rule"))
    assert response.status_code == 302
    assert DisclosureItemPage.objects.get(title="中卫市政务数据共享管理办法").document_kind == "rule"


def test_public_page_names_the_kind(portal, client):
    category = portal.categories["regulations"]
    normative = DisclosureItemPageFactory(parent=category, document_kind=DocumentKind.NORMATIVE, is_normative=True)
    html = client.get(normative.url).content.decode()
    assert "<dt>文件类型</dt><dd class=\"wide\">行政规范性文件</dd>" in html
    plain = DisclosureItemPageFactory(parent=category)
    assert "<dt>文件类型</dt>" not in client.get(plain.url).content.decode()


def test_an_interpretation_is_not_counted_as_a_document(portal):
    interpretation = InterpretationPageFactory(parent=portal.categories["regulations"])
    interpretation.document_kind = DocumentKind.NORMATIVE
    interpretation.is_normative = True
    with pytest.raises(ValidationError) as error:
        interpretation.save()
    assert error.value.message_dict["document_kind"] == ["政策解读不是规章或规范性文件，文件类型请选“非规章、规范性文件”。"]
