"""Demo-like public content for the browser checks, built with the shared factories: the portal
tree, a long item with interpretation, a withdrawn item, the guide, and a request with its codes."""

from tests.factories import (
    ContentPageFactory,
    DisclosureItemPageFactory,
    InterpretationPageFactory,
    SectionFactory,
    build_portal,
)

LONG_TITLE = "中卫市云计算和大数据发展局关于印发《中卫市政务数据共享开放管理暂行办法（2026年修订）》的通知"


def build_public_site():
    portal = build_portal()
    section = SectionFactory(name="大数据发展科", code="bigdata")
    category = portal.categories["regulations"]
    item = DisclosureItemPageFactory(
        parent=category,
        title=LONG_TITLE,
        slug="item-2026-0001",
        publisher=section,
        document_number="卫云数发〔2026〕12号",
        summary="规范全市政务数据共享开放工作，明确数据目录、共享方式、安全责任和监督考核要求。",
    )
    interpretation = InterpretationPageFactory(
        parent=category, slug="item-2026-0002", publisher=section, interpreted_document=item
    )
    withdrawn = DisclosureItemPageFactory(parent=category, slug="item-2026-0003", publisher=section)
    withdrawn.withdraw("数据有误，已撤销。")
    guide = ContentPageFactory(parent=portal.home, title="政府信息公开指南", slug="zhinan")

    class Site:
        pass

    site = Site()
    site.portal, site.section, site.category = portal, section, category
    site.item, site.interpretation, site.withdrawn, site.guide = item, interpretation, withdrawn, guide
    return site

