"""outgoing.tables: no exported cell runs as a formula in a spreadsheet program (OWASP CSV injection)."""

import csv
import datetime
import io

import pytest
from openpyxl import load_workbook

from outgoing.tables import csv_text, export_response, neutralise, xlsx_bytes

FORMULAS = ['=HYPERLINK("http://x","y")', "+1+1", "@SUM(A1)", "-1+2", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("value", FORMULAS)
def test_csv_cell_starting_a_formula_gets_a_quote(value):
    rows = list(csv.reader(io.StringIO(csv_text(["名称"], [[value]]).removeprefix("\ufeff"), newline="")))
    assert rows[1] == ["'" + value]


def test_ordinary_text_numbers_and_dates_are_unchanged():
    assert neutralise("中卫市2025年数据目录") == "中卫市2025年数据目录"
    assert neutralise("a=b") == "a=b"
    assert neutralise(-3) == -3
    assert neutralise(datetime.date(2026, 1, 5)) == datetime.date(2026, 1, 5)
    assert neutralise(None) == ""


def test_csv_has_a_bom_for_excel():
    assert csv_text(["索引号"], []).startswith("\ufeff索引号")


@pytest.mark.parametrize("value", FORMULAS)
def test_xlsx_cells_are_strings_never_formulas(value):
    sheet = load_workbook(io.BytesIO(xlsx_bytes(["名称"], [[value]]))).active
    cell = sheet.cell(row=2, column=1)
    assert cell.data_type == "s"
    assert cell.value.strip() == value.strip()


def test_xlsx_drops_characters_xml_cannot_hold():
    sheet = load_workbook(io.BytesIO(xlsx_bytes(["名称"], [["张\x00三\x0b"]]))).active
    assert sheet.cell(row=2, column=1).value == "张三"


def test_xlsx_keeps_dates_as_dates():
    sheet = load_workbook(io.BytesIO(xlsx_bytes(["日期"], [[datetime.date(2026, 11, 2)]]))).active
    assert sheet.cell(row=2, column=1).value == datetime.datetime(2026, 11, 2)


def test_download_names_the_file():
    response = export_response("备案", ["a"], [["b"]], fmt="xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response["Content-Disposition"] and ".xlsx" in response["Content-Disposition"]
