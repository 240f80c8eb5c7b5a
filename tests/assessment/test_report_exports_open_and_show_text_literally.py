"""The report as DOCX and PDF, the tables as XLSX: they open, carry every cell in the national layout
with merged headers, and show whatever the office typed as literal text (no markup, no formulas)."""

import io

import pytest
from django.urls import reverse

from assessment.annual_report.layout import compute_figures, figure_cells

from .flow import published_report, report_with_text
from .records import YEAR

pytestmark = pytest.mark.django_db

HOSTILE = {"overview_proactive": "<script>alert(1)</script> 主动公开", "problems": "=cmd|' /C calc'!A0",
           "other_matters": "<img src=/etc/passwd> & <b>其他</b>"}


def download(client, fmt):
    response = client.get(reverse("annual_report:download", args=[YEAR, fmt]))
    assert response.status_code == 200
    return response


def test_docx_has_the_narrative_literally_and_the_tables_with_merged_headers(client, as_user, office, records):
    import docx

    report_with_text(**HOSTILE)
    as_user(office.team.drafter)
    document = docx.Document(io.BytesIO(download(client, "docx").content))
    text = "\n".join(p.text for p in document.paragraphs)
    for typed in HOSTILE.values():
        assert typed in text
    assert "依据《政府信息公开信息处理费管理办法》规定，2025年本机关实际收取信息处理费共计300.50元。" in text
    two, three, four = document.tables
    assert [c.text for c in two.rows[1].cells] == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    assert [c.text for c in two.rows[2].cells] == ["规章", "1", "1", "2"]
    # A merged cell repeats in every grid position it covers.
    corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    assert [c.text for c in three.rows[2].cells][:3] == [corner] * 3
    assert [c.text for c in three.rows[3].cells] == ["一、本年新收政府信息公开申请数量"] * 3 + \
        ["4", "5", "4", "4", "3", "3", "23"]
    assert [c.text for c in four.rows[3].cells] == ["1", "1", "0", "2", "4", "0", "1", "1", "0", "2",
                                                   "1", "0", "0", "0", "1"]
    assert four.rows[1].cells[0].text == "行政复议" and four.rows[1].cells[5].text == "未经复议直接起诉"


def test_xlsx_has_every_cell_as_numbers_and_merged_headers(client, as_user, office, records):
    from openpyxl import load_workbook

    report_with_text(**HOSTILE)
    as_user(office.team.drafter)
    workbook = load_workbook(io.BytesIO(download(client, "xlsx").content))
    assert workbook.sheetnames == ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                                   "四、政府信息公开行政复议、行政诉讼情况"]
    three = workbook["三、收到和处理政府信息公开申请情况"]
    assert "A2:C4" in {str(r) for r in three.merged_cells.ranges}
    assert three["A2"].value.startswith("（本列数据的勾稽关系为")
    assert [three.cell(row=5, column=c).value for c in range(4, 11)] == [4, 5, 4, 4, 3, 3, 23]
    two = workbook["二、主动公开政府信息情况"]
    values = [[cell.value for cell in row] for row in two.iter_rows()]
    assert ["行政事业性收费", 1.25, None, None] in values
    formulas = [cell.value for sheet in workbook for row in sheet.iter_rows() for cell in row
                if cell.data_type == "f"]
    assert formulas == []
    cells = figure_cells(compute_figures(YEAR))
    assert len(cells) == 10 + 7 * 25 + 15 + 1


def test_pdf_opens_and_shows_labels_and_typed_text(client, as_user, office, records):
    from pypdf import PdfReader

    report_with_text(**HOSTILE)
    as_user(office.team.drafter)
    content = download(client, "pdf").content
    assert content.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    assert "本年制发件数" in text and "未经复议直接起诉" in text
    assert "<script>alert(1)</script>" in text and "=cmd|' /C calc'!A0" in text
    assert "<img src=/etc/passwd> & <b>其他</b>" in text


def test_public_page_offers_the_files_of_the_live_report(client, office, records):
    from pypdf import PdfReader

    published_report(office, **HOSTILE)
    html = client.get(f"/nianbao/{YEAR}/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    for fmt in ("pdf", "docx"):
        assert f'href="/nianbao-xiazai/{YEAR}.{fmt}"' in html
    response = client.get(f"/nianbao-xiazai/{YEAR}.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "<script>alert(1)</script>" in PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert client.get(f"/nianbao-xiazai/{YEAR}.xlsx").status_code == 404
