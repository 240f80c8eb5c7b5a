"""Demo-like public content for the browser checks, built with the shared factories: the portal
tree with the site identity filled in, the guide with its paper-application details, a long item
with interpretation, a withdrawn item, and a request received with known codes."""

import datetime
from types import SimpleNamespace

from wagtail.models import Site

from disclosure_pages.models import PortalSettings
from operations.demo.content import SITE_IDENTITY
from tests.disclosure_requests.factories import DisclosureRequestFactory
from tests.factories import (
    ContentPageFactory,
    DisclosureItemPageFactory,
    InterpretationPageFactory,
    SectionFactory,
    build_portal,
)

LONG_TITLE = "中卫市云计算和大数据发展局关于印发《中卫市政务数据共享开放管理暂行办法（2026年修订）》的通知"
REQUEST_NUMBER, REQUEST_CODE = "YSQ20260301-00012", "CODE2345"
GUIDE_BODY = [
    ("heading", "一、主动公开"),
    ("paragraph", "<p>本机关主动公开的政府信息，自形成或者变更之日起20个工作日内予以公开。</p>"),
    ("heading", "二、依申请公开"),
    ("paper_applications", None),
    ("table", {"data": [["索引号", "名称", "文号", "发布日期", "有效性", "备注"],
                        ["11640500MB1950123X/2026-00001", LONG_TITLE, "卫云数发〔2026〕12号", "2026-03-02", "有效", "—"]],
               "first_row_is_table_header": True, "first_col_is_header": False}),
]


def fill_site_identity(site):
    """The demo's placeholders (operations.demo.content), as the office would fill them in."""
    PortalSettings.objects.update_or_create(site=site, defaults=SITE_IDENTITY)


def build_public_site():
    portal = build_portal()
    fill_site_identity(Site.objects.get(is_default_site=True))
    section = SectionFactory(name="大数据发展科", code="bigdata")
    category = portal.categories["regulations"]
    item = DisclosureItemPageFactory(
        parent=category,
        title=LONG_TITLE,
        slug="item-2026-0001",
        publisher=section,
        document_number="卫云数发〔2026〕12号",
        summary="规范全市政务数据共享开放工作，明确数据目录、共享方式、安全责任和监督考核要求。",
        is_normative=True,
    )
    interpretation = InterpretationPageFactory(
        parent=category, slug="item-2026-0002", publisher=section, interpreted_document=item
    )
    withdrawn = DisclosureItemPageFactory(parent=category, slug="item-2026-0003", publisher=section)
    withdrawn.withdraw("数据有误，已撤销。")
    guide = ContentPageFactory(parent=portal.home, title="政府信息公开指南", slug="zhinan", body=GUIDE_BODY)
    request = DisclosureRequestFactory(tracking_number=REQUEST_NUMBER, received_on=datetime.date(2026, 3, 2))

    site = SimpleNamespace()
    site.portal, site.section, site.category = portal, section, category
    site.item, site.interpretation, site.withdrawn, site.guide = item, interpretation, withdrawn, guide
    site.request = request
    return site


def public_pages(site):
    """Every public page type: (name, address)."""
    return [
        ("home", site.portal.home.url),
        ("catalogue", site.portal.catalogue.url),
        ("category", site.category.url),
        ("item", site.item.url),
        ("interpretation", site.interpretation.url),
        ("withdrawn", site.withdrawn.url),
        ("guide", site.guide.url),
        ("site-map", "/wzdt/"),
        ("contact", "/lxwm/"),
        ("request-form", "/yisqgk/apply/"),
        ("status-lookup", "/yisqgk/status/"),
        ("search", "/search/?q=数据共享"),
        ("not-found", "/no-such-page/"),
    ]
