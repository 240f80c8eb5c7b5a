"""A realistic demo portal: the guide, the rules and a catalogue of a few hundred items."""

import datetime
import random
from pathlib import Path

from django.utils import timezone
from wagtail.models import Page, Site

from disclosure_pages.models import (
    CatalogueIndexPage,
    CategoryPage,
    ContentPage,
    DisclosureCategory,
    DisclosureItemPage,
    PortalHomePage,
    PortalSettings,
    TopicCategory,
    Validity,
)

from .files import add_demo_files
from .interpretations import FORMS, build_interpretations, demo_plan
from .items import ORG, demo_items

DEMO_SOURCE = "演示数据（load_demo）"

SUBCATEGORIES = {
    DisclosureCategory.ORGANISATION: ["机构职能", "领导分工", "规章制度"],
    DisclosureCategory.REGULATIONS: ["规范性文件", "政策解读", "其他文件"],
    DisclosureCategory.FINANCE: ["预算决算", "政府采购", "审计与国有资产"],
    DisclosureCategory.PLANNING: ["发展规划", "建设项目"],
    DisclosureCategory.OTHER: ["工作动态", "通知公告"],
}

def paragraphs(*texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def ensure_portal(publish):
    """The portal tree, made the default site's root. Returns (home, created)."""
    home = PortalHomePage.objects.first()
    if home:
        return home, False
    root = Page.get_first_root_node()
    home = PortalHomePage(
        live=False,
        title="政府信息公开",
        slug="gongkai",
        intro="<p>本栏目依据《中华人民共和国政府信息公开条例》公开中卫市云计算和大数据发展局的政府信息。</p>",
    )
    root.add_child(instance=home)
    publish(home)
    site = Site.objects.filter(is_default_site=True).first()
    old_root = site.root_page if site else None
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": ORG},
    )
    if old_root and old_root.pk != home.pk and old_root.depth == 2 and not old_root.get_children().exists():
        old_root.delete()  # Wagtail's "Welcome" page
    return home, True


# Placeholders in the form a real site shows (REGULATIONS §4): the office edits them under 设置 › 门户设置.
SITE_IDENTITY = {
    "address": "宁夏回族自治区中卫市沙坡头区文萃南街政务服务中心5楼",
    "postcode": "755000",
    "office_hours": "工作日 上午9:00—12:00，下午14:30—17:30",
    "phone": "0955-7012345",
    "fax": "0955-7012346",
    "email": "gongkai@example.gov.cn",
    "icp_number": "宁ICP备00000000号-1",
    "public_security_number": "宁公网安备 64050202000000号",
    "site_code": "6405000000",
    "government_site_mark_url": "https://example.gov.cn/",
}


def ensure_site_identity(home):
    """The footer's site identity for the portal's site, unless the office has already set it."""
    site = home.get_site()
    PortalSettings.objects.get_or_create(site=site, defaults=SITE_IDENTITY)


def build_pages(home, sections, publish, item_count=300, seed=2019):
    rng = random.Random(seed)
    children = [
        ("信息公开指南", "zhinan", _guide_body()),
        ("信息公开制度", "zhidu", _rules_body()),
    ]
    for title, slug, body in children:
        page = ContentPage(live=False, title=title, slug=slug, body=body, show_in_menus=True)
        home.add_child(instance=page)
        publish(page)

    catalogue = CatalogueIndexPage(live=False, title="信息公开目录", slug="mulu", show_in_menus=True,
                                   intro="<p>按主动公开制度第三条规定的五类信息编排。</p>")
    home.add_child(instance=catalogue)
    publish(catalogue)

    for title, slug, body in [
        ("依申请公开", "yisqgk", paragraphs(
            "公民、法人或者其他组织可以通过本网站在线提交政府信息公开申请，也可以到办公室现场申请。",
            '<a href="/yisqgk/apply/">在线提交申请</a>　<a href="/yisqgk/status/">查询办理进度</a>')
            + [{"type": "paper_applications", "value": None}]),
        ("政府信息公开年报", "nianbao", paragraphs("本局政府信息公开工作年度报告于每年1月31日前发布。")),
    ]:
        page = ContentPage(live=False, title=title, slug=slug, body=body, show_in_menus=True)
        home.add_child(instance=page)
        publish(page)

    subcategories = {}
    for order, (code, label) in enumerate(DisclosureCategory.choices):
        category = CategoryPage(live=False, title=label, slug=code, category=code)
        catalogue.add_child(instance=category)
        publish(category)
        for sub_order, sub_title in enumerate(SUBCATEGORIES[code]):
            sub = CategoryPage(live=False, title=sub_title, slug=f"{code}-{sub_order + 1}", category=code)
            category.add_child(instance=sub)
            publish(sub)
            subcategories[sub_title] = sub

    topics = list(TopicCategory.objects.filter(parent__isnull=False, parent__name="综合政务"))
    section_list = [s for s in sections.values() if not s.is_general_office] or list(sections.values())
    normative_items = []
    sequence = {}
    today = timezone.localdate()
    for generated, demo in enumerate(demo_items(rng, today, item_count)):
        year = demo.creation_date.year
        sequence[year] = sequence.get(year, 0) + 1
        validity = Validity.IN_FORCE
        explanation = ""
        # Only rules and notices lapse; some older ones have, with the explanation the public sees.
        if demo.subcategory in {"规范性文件", "规章制度", "其他文件"} and year <= today.year - 3 and rng.random() < 0.25:
            validity = rng.choice([Validity.EXPIRED, Validity.REPEALED])
            explanation = (
                f"该文件已被{year + 2}年新修订的同名文件替代。" if validity == Validity.REPEALED
                else "该文件有效期已届满，自动失效。"
            )
        item = DisclosureItemPage(
            live=False,
            title=demo.title,
            slug=f"item-{year}-{sequence[year]:04d}",
            publisher=rng.choice(section_list),
            creation_date=demo.creation_date,
            document_number=(
                f"卫云数发〔{year}〕{sequence[year]}号" if demo.subcategory in {"规范性文件", "其他文件", "规章制度"} else ""
            ),
            topic=rng.choice(topics) if topics else None,
            summary=demo.body[0][:200],
            is_normative=demo.is_normative,
            **(demo_plan(demo.creation_date, FORMS[len(normative_items) % len(FORMS)]) if demo.is_normative else {}),
            validity=validity,
            validity_explanation=explanation,
            # The day it lapsed on the older site (表二 本年废止 counts it in that year, not on loading).
            validity_changed_on=datetime.date(year + 2, 6, 30) if validity != Validity.IN_FORCE else None,
            body=paragraphs(*demo.body),
        )
        # Published within the 20-working-day period, as the previous site would have done.
        item.publication_date = demo.publication_date
        subcategories[demo.subcategory].add_child(instance=item)
        if demo.topic:
            item.keywords.add(demo.topic)
        add_demo_files(item, seed=generated)
        item.save()
        publish(item)
        if demo.is_normative:
            normative_items.append(item)

    build_interpretations(normative_items, subcategories["政策解读"], publish)
    return catalogue


def _guide_body():
    return [
        {"type": "heading", "value": "一、主动公开"},
        *paragraphs(
            "（一）公开范围：依照主动公开制度第三条，本局主动公开机构设置及职能、法规规章和规范性文件及政策解读、"
            "财政预决算与政府采购、发展规划和建设项目以及其他应当公开的政府信息。",
            "（二）公开时限：政府信息自形成或者变更之日起20个工作日内予以公开。",
            "（三）公开方式：本网站“信息公开目录”、政务公开栏、便民手册等。",
        ),
        {"type": "heading", "value": "二、依申请公开"},
        *paragraphs(
            "申请人可通过本网站在线申请、信函或当面方式提出申请。本局自收到申请之日起20个工作日内答复；"
            "需要延长答复期限的，经负责人同意并告知申请人，延长期限最长不超过20个工作日。",
        ),
        {"type": "paper_applications", "value": None},
        {"type": "heading", "value": "三、信息公开工作机构"},
        *paragraphs("名称：中卫市云计算和大数据发展局办公室（地址、电话和办公时间见上，以及本站“联系我们”）"),
    ]


def _rules_body():
    text = (Path(__file__).with_name("rules.txt")).read_text(encoding="utf-8")
    blocks = []
    for chunk in text.split("\n\n"):
        chunk = chunk.strip()
        if not chunk:
            continue
        if chunk.startswith("市云计算和大数据发展局"):
            blocks.append({"type": "heading", "value": chunk})
        else:
            blocks.extend(paragraphs(chunk))
    return blocks
