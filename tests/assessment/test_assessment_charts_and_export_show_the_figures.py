"""考核评议制度: the charts (per section, per indicator, trend) are drawn by the site as SVG with a title,
a description and a table, and the XLSX export carries the same figures and the grades."""

import io
import re

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from assessment.models import AssessmentScope
from assessment.rounds import services

from .round_people import make_round, people_fixture  # noqa: F401 (the fixture ``people``)
from .round_records import YEAR, build_year


@pytest.fixture
def round_(people):
    build_year(people.portal, people.section_a, people.section_b)
    round_ = make_round(year=YEAR, scope=AssessmentScope.KEY, sections=[people.section_a, people.section_b])
    services.issue_notice(round_, people.clerk)
    services.start_grading(round_, people.clerk)
    services.grade_section(round_, people.section_a, people.clerk, "basic", "解读不及时")
    return round_


def svgs(page):
    return re.findall(r"<svg role=\"img\".*?</svg>", page, re.S)


@pytest.mark.django_db
def test_per_indicator_chart_compares_the_sections(client, people, round_):
    client.force_login(people.clerk)
    page = client.get(reverse("assessment_rounds:charts", args=[round_.pk])).content.decode()
    charts = svgs(page)
    assert len(charts) == 12 and "cdn" not in page.lower() and "<script" not in "".join(charts)
    proactive = next(svg for svg in charts if "主动公开按时率" in svg)
    assert "<title" in proactive and "<desc" in proactive
    assert "数据资源科 85.7%（6/7）" in proactive and "信息化建设科 100%（1/1）" in proactive
    # 330 px is 100%: 85.7% is 282.8 px
    assert 'width="282.8"' in proactive and 'width="330.0"' in proactive
    assert "<th scope=\"row\">数据资源科</th><td>85.7%（6/7）</td>" in page


@pytest.mark.django_db
def test_section_chart_and_trend(client, people, round_):
    client.force_login(people.a.head)
    page = client.get(reverse("assessment_rounds:section", args=[round_.pk, people.section_a.pk])).content.decode()
    section_chart = svgs(page)[0]
    assert "政策解读覆盖率 75%（3/4）" in section_chart and "舆情按时回应率 100%（2/2）" in section_chart
    make_round(year=YEAR - 1, scope=AssessmentScope.FULL)
    trend = client.get(reverse("assessment_rounds:trend", args=[round_.pk, people.section_a.pk])).content.decode()
    incidents = next(svg for svg in svgs(trend) if "差错事件" in svg)
    assert f"{YEAR - 1}年 1" in incidents and f"{YEAR}年 2" in incidents


@pytest.mark.django_db
def test_xlsx_export_of_indicators_and_grades(client, people, round_):
    client.force_login(people.clerk)
    response = client.get(reverse("assessment_rounds:export", args=[round_.pk]))
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    header, by_section = rows[0], {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert header[0] == "科室" and "依申请公开按时答复率" in header
    a = by_section["数据资源科"]
    assert a["依申请公开按时答复率"] == "66.7%（2/3）" and a["差错事件"] == "2"
    assert (a["建议等次"], a["考核等次"], a["评议意见"]) == ("不合格", "基本合格", "解读不及时")
    assert by_section["信息化建设科"]["考核等次"] is None or by_section["信息化建设科"]["考核等次"] == ""
    client.force_login(people.a.head)
    assert client.get(reverse("assessment_rounds:export", args=[round_.pk]),
                      HTTP_X_REQUESTED_WITH="XMLHttpRequest").status_code == 403
