"""保密审查制度 第二、三条, 协调机制 第五条: nothing that is not live, public and approved reaches any
public surface. One walk over every public surface, for an item in every non-public state.

Each non-public state carries a marker (LEAKn) in its title, summary, 文号 and attachment; a public control
item (PUBLICOK) shows the walk is real: it must be found on each surface where the others must not.
"""

import re

import pytest
import wagtail_factories
from django.test import override_settings
from wagtail.models import PageViewRestriction

from disclosure_pages.models import AnnualReportPage, Classification, DisclosureDecision, ItemAttachment, ItemChannel
from tests.factories import (
    ContentPageFactory,
    DisclosureItemPageFactory,
    InterpretationPageFactory,
    UserFactory,
    approve_through_chain,
    general_office,
    review_team,
)
from tests.public_opinion.factories import ResponseIndexPageFactory, ResponsePageFactory
from tests.search.conftest import committed, engine  # noqa: F401  (fixtures: both search engines)

from .flow import fresh

pytestmark = pytest.mark.django_db

STATES = ["draft", "in_review", "rejected", "withheld", "classified", "withdrawn_draft", "private",
          "live_draft", "taken_down"]


IMAGES = {}  # page id → the image in its body


def marker(state):
    return f"LEAK{STATES.index(state)}"


def make_item(chain, title, slug, **kwargs):
    page = DisclosureItemPageFactory(
        parent=chain.portal.categories["other"], publisher=chain.section_a, live=False,
        title=title, slug=slug, summary=f"{title} 概述", document_number=f"{title}号", **kwargs,
    )
    document = wagtail_factories.DocumentFactory(title=f"{title} 附件")
    ItemAttachment.objects.create(page=page, document=document, title=f"{title} 附件")
    image = wagtail_factories.ImageFactory(title=f"{title} 图片")
    page.body = [("image", {"image": image, "alt_text": "示意图", "caption": ""})]
    page.save()
    IMAGES[page.pk] = image
    return fresh(page), document


def start_round(page, team):
    page.save_revision(user=team.drafter)
    page.get_workflow().start(page, team.drafter)


def step(page, user, action="approve", **data):
    page = fresh(page)
    data = {"decision": DisclosureDecision.PROACTIVE, "grounds": [], "comment": "意见", **data}
    page.current_workflow_task.on_action(page.current_workflow_task_state, user, action, **data)


@pytest.fixture
def world(chain, committed):  # noqa: F811
    """One item per non-public state, plus the public control, all of section A."""
    team = chain.a
    items, documents = {}, {}
    with committed():
        control, documents["control"] = make_item(chain, "泄露检查公开对照 PUBLICOK", "control")
        approve_through_chain(control, team)
        items["control"] = fresh(control)
        # An interpretation under review (政策解读制度): neither in the 政策解读 column nor on its document.
        interpretation = InterpretationPageFactory(
            parent=chain.portal.categories["other"], interpreted_document=control, live=False,
            title="泄露检查 解读 LEAK9", slug="leak-interpretation",
        )
        start_round(interpretation, team)
        step(interpretation, team.drafter)
        for state in STATES:
            title = f"泄露检查 {marker(state)}"
            live_first = state in ("withdrawn_draft", "private", "live_draft", "taken_down")
            # Items that were public once start under a neutral title; the marker arrives afterwards.
            page, doc = make_item(chain, f"泄露检查 曾公开{STATES.index(state)}" if live_first else title,
                                  f"state-{state}", classification=Classification.SECRET if state == "classified" else "")
            documents[state] = doc
            if state == "in_review" or state == "classified":
                start_round(page, team)
                step(page, team.drafter)
            elif state == "rejected":
                start_round(page, team)
                step(page, team.drafter)
                step(page, team.head, "reject", comment="请修改")
            elif state == "withheld":
                approve_through_chain(page, team, decision=DisclosureDecision.WITHHELD,
                                      grounds=["internal_information"])
            elif live_first:
                approve_through_chain(page, team)
                page = fresh(page)
                if state == "withdrawn_draft":
                    page.withdraw("已被新文件替代。")
                    page = fresh(page)
                    page.title, page.summary = title, f"{title} 概述"
                    page.save()  # a draft of a non-live page is its working copy
                    page.save_revision(user=team.drafter)
                elif state == "private":
                    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
                elif state == "live_draft":
                    # A new title and a new file in a draft revision only, as the editor saves them.
                    page.title, page.summary = title, f"{title} 概述"
                    documents[state] = wagtail_factories.DocumentFactory(title=f"{title} 新附件")
                    page.attachments.add(ItemAttachment(document=documents[state], title=f"{title} 新附件"))
                    # and another channel (协调机制 第四条), shown on the public page once approved
                    page.channels.add(ItemChannel(channel="press", published_on=page.creation_date,
                                                  note=f"{title} 渠道"))
                    page.save_revision(user=team.drafter)
                elif state == "taken_down":
                    page.title = title
                    page.save_revision(user=team.drafter)
                    approve_through_chain(page, team, decision=DisclosureDecision.WITHHELD,
                                          grounds=["internal_information"])
            items[state] = fresh(page)
        # 舆情回应制度 第四条: the 回应关切 column, with a draft response and a public one that names
        # information withheld after review as what it corrects.
        chain.responses = ResponseIndexPageFactory(parent=chain.portal.home)
        ResponsePageFactory(parent=chain.responses, publisher=chain.section_a, live=False, slug="response-draft",
                            title=f"回应关切 {marker('draft')}", summary=f"回应要点 {marker('draft')}")
        approve_through_chain(ResponsePageFactory(parent=chain.responses, publisher=chain.section_a, live=False,
                                                  slug="response-public", title="回应关切 PUBLICOK",
                                                  corrected_item=items["withheld"]), team)
        # 条例 第四十九条: the 年报 column with a live report whose newer draft names a marker, and a
        # draft report of another year; neither draft reaches the page, the column or the files.
        chain.reports = ContentPageFactory(parent=chain.portal.home, title="政府信息公开年报", slug="nianbao")
        live_report = AnnualReportPage(live=False, title="2024年政府信息公开工作年度报告 PUBLICOK", slug="2024",
                                       year=2024, problems="已公开的问题说明")
        chain.reports.add_child(instance=live_report)
        office = review_team(general_office(), "o")  # the office answers for the report
        approve_through_chain(live_report, office)
        live_report = fresh(live_report)
        live_report.title, live_report.problems = f"年报 {marker('live_draft')}", f"问题 {marker('live_draft')}"
        live_report.save_revision(user=office.drafter)
        draft_report = AnnualReportPage(live=False, title=f"年报 {marker('draft')}", slug="2025", year=2025,
                                        problems=f"问题 {marker('draft')}")
        chain.reports.add_child(instance=draft_report)
        draft_report.save_revision(user=office.drafter)
    return items, documents


def leaks(html):
    return sorted(set(re.findall(r"LEAK\d", html)))


def public_urls(chain):
    categories = [c.url for c in chain.portal.categories.values()]
    return [
        "/", chain.portal.home.url, chain.portal.catalogue.url, *categories,
        chain.portal.categories["other"].url + "?page=2",
        "/feeds/latest/", "/feeds/latest/atom/", "/sitemap.xml", "/wzdt/",
        "/zhengcejiedu/", "/zhengcejiedu/?form=written", "/zhengcejiedu/?form=qa&page=2",
        "/search/?q=泄露检查", "/search/?q=概述", "/search/?q=附件",
        chain.responses.url, chain.responses.url + "response-public/",
        chain.reports.url, chain.reports.url + "2024/",
        f"/search/?q=泄露检查&publisher={chain.section_a.pk}", "/search/?q=泄露检查&year=2024",
        "/search/?q=泄露检查&category=other", "/search/?q=泄露检查&sort=date",
        "/search/suggest/?q=泄露检查", "/search/suggest/?q=xielou", "/search/?q=xljc", "/search/?q=泄露检察",
    ]


def test_no_public_surface_shows_a_non_public_item(client, chain, world, engine):  # noqa: F811
    """The whole walk in one test per search engine: building the world costs a minute."""
    items, documents = world
    seen_control = 0
    for url in public_urls(chain):
        response = client.get(url)
        assert response.status_code in (200, 301, 302), url
        html = response.content.decode()
        assert leaks(html) == [], f"{url} shows {leaks(html)}"
        seen_control += "PUBLICOK" in html
    # The control is on the catalogue, its category, feeds and search: the walk looks at real content.
    assert seen_control >= 6
    response = client.get(chain.responses.url + "response-draft/")
    assert response.status_code == 404 and leaks(response.content.decode()) == []
    check_annual_report_files(client, chain)

    for state in STATES:
        check_item_address_and_files(client, state, items[state], documents[state])
    control_image = IMAGES[items["control"].pk]
    for url in (items["control"].url, documents["control"].url, control_image.file.url,
                control_image.get_rendition("width-200").url):
        assert client.get(url).status_code == 200, url

    for url in ("/api/v2/pages/", "/api/v2/documents/", "/admin/api/main/pages/"):
        response = client.get(url)
        assert response.status_code in (302, 404), url
        assert leaks(response.content.decode()) == []

    client.force_login(UserFactory(username="citizen"))  # an account with no role sees only the public
    for url in ("/", chain.portal.categories["other"].url, "/search/?q=泄露检查", "/feeds/latest/"):
        assert leaks(client.get(url).content.decode()) == [], url
    for state in ("draft", "private"):
        assert leaks(client.get(items[state].url).content.decode()) == [], state

    check_complaint_pages(type(client)(), items)


def check_complaint_pages(client, items):
    """监督举报 (/jdjb/): the 纠错 preselection names a public item only, a complaint's own status page
    names its item only while it is public, and nobody else's status page opens without the code."""
    from complaints.models import Complaint
    from tests.complaints.factories import QUERY_CODE, ComplaintFactory

    for url in ("/jdjb/", "/jdjb/status/"):
        response = client.get(url)
        assert response.status_code == 200 and leaks(response.content.decode()) == [], url
    response = client.get(f"/jdjb/?item={items['control'].pk}")
    assert "PUBLICOK" in response.content.decode()
    for state in STATES:
        response = client.get(f"/jdjb/?item={items[state].pk}")
        assert response.status_code == 200 and leaks(response.content.decode()) == [], state
        if state == "live_draft":  # public in its live revision: preselected, under its live title
            continue
        assert f'value="{items[state].pk}"' not in response.content.decode(), state
        with override_settings(COMPLAINTS_SUBMISSION_RATE="100/60"):
            response = client.post("/jdjb/", {"kind": "correction", "item": items[state].pk, "content": "纠错",
                                              "name": "市民", "phone": "13812345678"})
        assert response.status_code == 200 and leaks(response.content.decode()) == [], state
    assert not Complaint.objects.exists()
    # A complaint about an item that was public then and is not any more.
    complaint = ComplaintFactory(item=items["taken_down"], content="该信息有误")
    status = f"/jdjb/status/{complaint.tracking_number}/"
    assert client.get(status).status_code == 404
    client.post("/jdjb/status/", {"tracking_number": complaint.tracking_number, "query_code": QUERY_CODE})
    response = client.get(status)
    assert response.status_code == 200 and "该信息有误" in response.content.decode()
    assert leaks(response.content.decode()) == []
    assert type(client)().get(status).status_code == 404


def check_annual_report_files(client, chain):
    """The files of a report: the live content of a live report only, never a draft's."""
    import io

    from pypdf import PdfReader

    for url in (chain.reports.url + "2025/", "/nianbao-xiazai/2025.pdf", "/nianbao-xiazai/2025.docx"):
        response = client.get(url)
        assert response.status_code == 404 and leaks(response.content.decode()) == [], url
    response = client.get("/nianbao-xiazai/2024.pdf")
    assert response.status_code == 200
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "PUBLICOK" in text and leaks(text) == []


def check_item_address_and_files(client, state, page, document):
    response = client.get(page.url)
    if state == "private":
        assert response.status_code == 302 and "/login" in response["Location"], state
    elif state == "withdrawn_draft":
        assert response.status_code == 410 and "已被新文件替代" in response.content.decode(), state
    elif state == "live_draft":
        assert response.status_code == 200, state
    else:
        assert response.status_code == 404, state
    assert leaks(response.content.decode()) == [], state
    # The page's QR code exists only while the page itself is public.
    assert client.get(f"/qr/{page.pk}.png").status_code == (200 if state == "live_draft" else 404), state
    image = IMAGES[page.pk]
    file_urls = [document.url, image.file.url, image.get_rendition("width-200").url]
    if state == "live_draft":
        file_urls = [document.url]  # its image is the live revision's, public; the new file is not
    for url in file_urls:
        for headers in ({}, {"HTTP_IF_NONE_MATCH": "*"},
                        {"HTTP_IF_MODIFIED_SINCE": "Sat, 01 Jan 2000 00:00:00 GMT"}):
            assert client.get(url, **headers).status_code == 404, (state, url, headers)
    # Wagtail's admin preview and the page's revisions need a log-in.
    for url in (f"/admin/pages/{page.pk}/edit/preview/", f"/admin/pages/{page.pk}/revisions/"):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], (state, url)
