"""What the public sees: portal, catalogue, category listing, item page, guide and rules, feeds."""

import pytest

from disclosure_pages.models import Classification
from tests.factories import (
    ContentPageFactory,
    DisclosureItemPageFactory,
    InterpretationPageFactory,
)

pytestmark = pytest.mark.django_db


def test_portal_catalogue_guide_and_rules_open(portal, client):
    guide = ContentPageFactory(parent=portal.home, title="信息公开指南", slug="zhinan")
    rules = ContentPageFactory(parent=portal.home, title="信息公开制度", slug="zhidu")
    for page in [portal.home, portal.catalogue, guide, rules, *portal.categories.values()]:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in response.content.decode()


def test_category_lists_metadata_columns(portal, client):
    category = portal.categories["regulations"]
    item = DisclosureItemPageFactory(parent=category, document_number="卫云数发〔2019〕12号")
    html = client.get(category.url).content.decode()
    for label in ["索引号", "标题", "文号", "发布日期"]:
        assert f">{label}</th>" in html
    assert item.index_number in html and "卫云数发〔2019〕12号" in html and item.title in html


def test_item_page_has_metadata_qr_print_and_font_switch(portal, client):
    item = DisclosureItemPageFactory(parent=portal.categories["regulations"], is_normative=True)
    interpretation = InterpretationPageFactory(parent=portal.categories["regulations"], interpreted_document=item)
    html = client.get(item.url).content.decode()
    for label in ["索引号", "发布机构", "文号", "生成日期", "发布日期", "有效性", "主题分类", "主题词"]:
        assert label in html
    assert item.index_number in html and item.publisher.name in html
    assert f'src="/qr/{item.pk}.png"' in html and "扫一扫在手机上查看当前页面" in html
    assert "打印本页" in html and 'data-size="large"' in html
    assert "相关解读" in html and interpretation.title in html
    back = client.get(interpretation.url).content.decode()
    assert "解读文件" in back and item.title in back


def test_drafts_and_classified_items_are_not_listed(portal, client):
    category = portal.categories["other"]
    draft = DisclosureItemPageFactory(parent=category, live=False, title="尚未发布的草稿")
    classified = DisclosureItemPageFactory(parent=category, live=False, title="涉密文件标题",
                                           classification=Classification.SECRET)
    html = client.get(category.url).content.decode()
    assert draft.title not in html and classified.title not in html
    assert client.get(draft.url or f"/mulu/other/{draft.slug}/").status_code == 404


def test_pagination(portal, client):
    category = portal.categories["planning"]
    DisclosureItemPageFactory.create_batch(25, parent=category)
    first = client.get(category.url).content.decode()
    assert "第 1 页，共 2 页（25 条）" in first
    second = client.get(category.url + "?page=2")
    assert second.status_code == 200 and "第 2 页" in second.content.decode()


@pytest.mark.usefixtures("at_any_hour")
def test_feeds_list_new_items(portal, client):
    item = DisclosureItemPageFactory(parent=portal.categories["other"])
    hidden = DisclosureItemPageFactory(parent=portal.categories["other"], live=False, title="未发布的通知")
    for url in ["/feeds/latest/", "/feeds/latest/atom/"]:
        body = client.get(url).content.decode()
        assert item.title in body and item.index_number in body
        assert hidden.title not in body
