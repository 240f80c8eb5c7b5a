"""政策解读制度: the yearly report per section — documents that needed an interpretation, with one
together / on time / late / missing — scoped by section, exported as CSV and XLSX."""

import datetime
import io

import openpyxl
import pytest
from django.urls import reverse

from disclosure_pages.models import DisclosureItemPage
from organisation.models import Role
from tests.factories import DisclosureItemPageFactory, InterpretationPageFactory, SectionFactory, UserFactory, member

pytestmark = pytest.mark.django_db

REPORT = reverse("interpretation_report")


def published_on(page, day):
    DisclosureItemPage.objects.filter(pk=page.pk).update(publication_date=day)


@pytest.fixture
def year_2025(portal):
    mine, theirs = SectionFactory(name="大数据发展科"), SectionFactory(name="规划财务科")
    category = portal.categories["regulations"]

    def document(title, section=mine, **kwargs):
        page = DisclosureItemPageFactory(parent=category, publisher=section, title=title, is_normative=True, **kwargs)
        published_on(page, datetime.date(2025, 9, 30))
        return page

    def interpret(page, day):
        published_on(InterpretationPageFactory(parent=category, interpreted_document=page), day)

    interpret(document("同步解读的办法"), datetime.date(2025, 9, 30))
    interpret(document("国庆后按时解读的办法"), datetime.date(2025, 10, 11))
    interpret(document("超期解读的办法"), datetime.date(2025, 10, 13))
    document("尚未解读的办法")
    document("重要政策文件 =HYPERLINK(\"http://x\")", is_important_policy=True, )
    DisclosureItemPageFactory(parent=category, publisher=mine, title="无须解读的通知")
    document("规划财务科的办法", section=theirs)
    return mine, theirs


def test_head_sees_own_sections_documents_with_their_timeliness(client, year_2025):
    mine, _theirs = year_2025
    client.force_login(member(Role.SECTION_HEAD, mine))
    html = client.get(REPORT, {"year": "2025"}).content.decode()
    for title, status in [("同步解读的办法", "与文件同步发布"), ("国庆后按时解读的办法", "3个工作日内发布"),
                          ("超期解读的办法", "超期发布"), ("尚未解读的办法", "尚未发布")]:
        assert title in html and status in html
    assert "无须解读的通知" not in html and "规划财务科的办法" not in html
    assert "<td>大数据发展科</td><td>5</td><td>1</td><td>1</td><td>1</td><td>2</td>" in html


def test_office_sees_every_section_and_drafters_none(client, year_2025):
    client.force_login(UserFactory(username="office-admin", is_superuser=True))
    assert "规划财务科的办法" in client.get(REPORT, {"year": "2025"}).content.decode()
    client.force_login(member(Role.DRAFTER, year_2025[0]))
    assert client.get(REPORT).status_code in (302, 403)


def test_export_as_csv_and_xlsx_with_formulas_neutralised(client, year_2025):
    client.force_login(member(Role.SECTION_HEAD, year_2025[0]))
    csv = client.get(reverse("interpretation_report_export", args=["csv"]), {"year": "2025"}).content.decode("utf-8-sig")
    assert "超期解读的办法" in csv and "超期发布" in csv and "规划财务科的办法" not in csv
    assert ",=HYPERLINK" not in csv
    response = client.get(reverse("interpretation_report_export", args=["xlsx"]), {"year": "2025"})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    titles = [row[2] for row in sheet.iter_rows(values_only=True)]
    assert "尚未解读的办法" in titles and not any(str(t).startswith("=") for t in titles)
    assert client.get(reverse("interpretation_report_export", args=["pdf"])).status_code == 404


def test_an_invalid_year_gets_a_clear_message(client, year_2025):
    client.force_login(member(Role.SECTION_HEAD, year_2025[0]))
    response = client.get(REPORT, {"year": "二〇二五"}, follow=True)
    assert response.status_code == 200 and "年份无效" in response.content.decode()
