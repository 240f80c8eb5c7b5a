"""协调机制 第六条: the office records wrong, late or unapproved publications of any section under 考核评议 →
差错事件登记, corrects them as they are handled (every change kept and shown), lists them by section, kind
and year, and exports the list as CSV or XLSX with no cell a spreadsheet would run."""

import datetime
import io
import json

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from assessment.models import Incident

pytestmark = pytest.mark.django_db

PREFIX = "assessment_incident_modeladmin_"


def url(name, *args):
    return reverse(PREFIX + name, args=args)


def in_menu(label, html):
    """The admin's menu is JSON in the page, its Chinese written as \\u escapes."""
    return json.dumps(label)[1:-1] in html


def form(section, **overrides):
    data = {"section": section.pk, "kind": "late", "page": "", "occurred_on": "2026-03-02", "found_on": "2026-03-09",
            "description": "《2026年部门预算》未在20个工作日内公开。", "handling": "", "handled_on": "", "accountability": ""}
    data.update(overrides)
    return data


def test_office_records_and_handles_an_incident(client, people):
    client.force_login(people.clerk)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert in_menu("考核评议", home) and in_menu("差错事件登记", home) and url("index") in home
    response = client.post(url("create"), form(people.section))
    assert response.status_code == 302
    incident = Incident.objects.get()
    assert incident.recorded_by == people.clerk and incident.section == people.section
    response = client.post(url("edit", incident.pk), form(people.section, handling="已于次日补充公开，并对经办人提醒谈话。",
                                                          handled_on="2026-03-10"))
    assert response.status_code == 302
    page = client.get(url("inspect", incident.pk)).content.decode()
    assert "已于次日补充公开" in page and "2026-03-10 处理完成" in page
    history = page.split('id="history"')[1]
    assert history.count("office_clerk") == 2 and "登记" in history and "修改" in history


def test_bad_input_is_explained_and_kept(client, people):
    client.force_login(people.clerk)
    response = client.post(url("create"), form(people.section, found_on="2026-03-01"))
    body = response.content.decode()
    assert response.status_code == 200 and "发现日期不能早于发生日期。" in body and "未在20个工作日内公开" in body
    assert not Incident.objects.exists()


def test_list_filters_by_section_kind_and_year(client, people):
    day = datetime.date
    first = Incident.objects.create(section=people.section, kind="late", occurred_on=day(2025, 5, 6),
                                    found_on=day(2025, 5, 7), description="甲事件")
    second = Incident.objects.create(section=people.other_section, kind="wrong", occurred_on=day(2026, 2, 3),
                                     found_on=day(2026, 2, 3), description="乙事件")
    client.force_login(people.clerk)

    def listed(query=""):
        body = client.get(url("index") + query).content.decode()
        return {incident.description for incident in (first, second) if url("edit", incident.pk) in body}

    assert listed() == {"甲事件", "乙事件"}
    assert listed(f"?section__id__exact={people.section.pk}") == {"甲事件"}
    assert listed("?kind__exact=wrong") == {"乙事件"}
    assert listed("?year=2025") == {"甲事件"}


def test_export_follows_the_filters_and_neutralises_formulas(client, people):
    Incident.objects.create(section=people.section, kind="wrong", occurred_on=datetime.date(2026, 2, 3),
                            found_on=datetime.date(2026, 2, 4), description="=HYPERLINK(\"http://x\")")
    Incident.objects.create(section=people.other_section, kind="late", occurred_on=datetime.date(2026, 2, 3),
                            found_on=datetime.date(2026, 2, 4), description="另一科室的事件")
    client.force_login(people.clerk)
    index = client.get(url("index") + "?kind__exact=wrong").content.decode()
    csv_url = reverse("assessment_incidents:export", args=["csv"]) + "?kind__exact=wrong"
    assert csv_url.replace("?", "?") in index.replace("&amp;", "&")
    text = client.get(csv_url).content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "另一科室的事件" not in text and "发布内容错误" in text
    response = client.get(reverse("assessment_incidents:export", args=["xlsx"]) + "?kind__exact=wrong")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "责任科室" and len(rows) == 2
    cell = sheet.cell(row=2, column=6)
    assert cell.value == "=HYPERLINK(\"http://x\")" and cell.data_type == "s"
    odd = client.get(reverse("assessment_incidents:export", args=["csv"]) + "?section__id__exact=abc&year=x")
    assert odd.status_code == 200 and "另一科室的事件" in odd.content.decode("utf-8-sig")
