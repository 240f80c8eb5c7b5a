"""Issue 14 item 8: advanced search (title only or full text, 文号, 发布机构, 有效性, a date range, with
the category, sort and query) lives in the URL: the page shows the filters it applied in its form, and submitting that form or
following its links gives the same search back, so a search can be bookmarked."""

import datetime
from urllib.parse import parse_qsl, urlsplit

import pytest
from bs4 import BeautifulSoup

from disclosure_pages.models import Validity
from search.indexing import new_version, sync_pages
from tests.factories import DisclosureItemPageFactory, SectionFactory

from .conftest import titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(portal, committed):
    office, data = SectionFactory(name="办公室", code="office"), SectionFactory(name="数据资源科", code="data")
    finance = portal.categories["finance"]
    with committed():
        for n, (title, section, day, validity) in enumerate([
            ("2024年部门预算公开", data, datetime.date(2024, 3, 1), Validity.IN_FORCE),
            ("2024年预算调整说明", data, datetime.date(2024, 6, 1), Validity.REPEALED),
            ("2024年办公室预算", office, datetime.date(2024, 4, 1), Validity.IN_FORCE),
            ("2022年部门预算公开", data, datetime.date(2022, 3, 1), Validity.IN_FORCE),
            ("数据资源科2024年工作安排", data, datetime.date(2024, 5, 1), Validity.IN_FORCE),  # 预算 in its text
        ]):
            extra = {"validity_explanation": "已被新文件替代。"} if validity == Validity.REPEALED else {}
            extra["summary"] = "附预算执行情况。"
            page = DisclosureItemPageFactory(parent=finance, title=title, publisher=section, validity=validity,
                                             slug=f"budget-{n}", document_number=f"卫云数发〔2024〕{n + 1}号", **extra)
            type(page).objects.filter(pk=page.pk).update(publication_date=day)  # published that day
            sync_pages([page.pk], version=new_version("test"))
    return {"office": office, "data": data}


def submitted(html):
    """What the page's search form sends when submitted as shown (its search button)."""
    form = BeautifulSoup(html, "html.parser").find("form", class_="search-form")
    pairs = []
    for field in form.find_all("input"):
        kind = field.get("type", "text")
        if kind in ("checkbox", "radio") and not field.has_attr("checked"):
            continue
        if field.get("name") and field.get("value"):
            pairs.append((field["name"], field["value"]))
    return sorted(pairs)


def test_the_filters_round_trip_through_the_form_and_the_links(engine, catalogue, client):
    asked = [("q", "预算"), ("scope", "title"), ("number", "〔2024〕1"), ("publisher", str(catalogue["data"].pk)),
             ("validity", "in_force"),
             ("date_from", "2023-01-01"), ("date_to", "2024-12-31"), ("category", "finance"), ("sort", "date")]
    response = client.get("/search/", asked)
    assert titles(response.context["results"]) == ["2024年部门预算公开"]
    html = response.content.decode()
    assert submitted(html) == sorted(asked)
    assert "<details class=\"advanced-search\" open>" in html

    again = client.get("/search/", submitted(html))
    assert titles(again.context["results"]) == ["2024年部门预算公开"]
    chips = {chip["heading"]: chip["label"] for chip in response.context["selected_filters"]}
    assert chips["检索范围"] == "仅标题" and chips["文号或索引号包含"] == "〔2024〕1"
    for _heading_link in response.context["selected_filters"]:
        link = dict(parse_qsl(urlsplit(_heading_link["url"]).query))
        assert link["q"] == "预算" and link["sort"] == "date"


def test_the_advanced_choices_are_the_public_publishers_and_validities(engine, catalogue, client):
    SectionFactory(name="无公开信息科", code="none")
    html = client.get("/search/").content.decode()
    assert "数据资源科" in html and "办公室" in html and "无公开信息科" not in html
    assert "废止" in html and "失效" in html


def test_title_only_and_number_filter_on_both_engines(engine, catalogue, find):
    assert "数据资源科2024年工作安排" in titles(find("预算"))
    assert "数据资源科2024年工作安排" not in titles(find("预算", title_only=True))
    assert len(find("预算", title_only=True).hits) == 4
    assert titles(find("", number="卫云数发[2024]2")) == ["2024年预算调整说明"]
    assert titles(find("预算", number="2024)3号")) == ["2024年办公室预算"]
    assert find("", number="*").total == 5  # no wildcard of the reader's: an empty key filters nothing
