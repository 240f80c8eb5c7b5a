"""Exports as CSV and XLSX, with no cell a spreadsheet program would run as a formula.

CSV: UTF-8 with a BOM (so Excel on Windows reads the Chinese), and every text cell that starts
with ``= + - @``, a tab or a carriage return gets a leading ``'`` (OWASP "CSV injection"): titles
and anonymous applicants' names are typed by anyone. XLSX: text cells are written as strings,
never as formulas, with the characters XML cannot hold removed.
"""

import csv
import datetime
import decimal
import io

from django.http import HttpResponse
from django.utils.http import content_disposition_header

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Kept as they are: a number or a date cannot carry a formula.
TYPED_VALUES = (int, float, decimal.Decimal, datetime.date, datetime.time)


def neutralise(value):
    """The cell as text, with a leading ``'`` when a spreadsheet would take it for a formula."""
    if value is None:
        return ""
    if isinstance(value, TYPED_VALUES):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def csv_text(header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([neutralise(cell) for cell in header])
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return "\ufeff" + buffer.getvalue()


def xlsx_bytes(header, rows, sheet_title="Sheet1"):
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title[:31])

    def cell(value):
        if value is None:
            value = ""
        if isinstance(value, datetime.datetime) and value.tzinfo is not None:
            value = value.replace(tzinfo=None)  # Excel has no time zones; callers pass local times
        if isinstance(value, TYPED_VALUES):
            return WriteOnlyCell(sheet, value=value)
        result = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", str(value)))
        result.data_type = "s"  # openpyxl makes "=…" a formula; it stays text
        return result

    sheet.append([cell(value) for value in header])
    for row in rows:
        sheet.append([cell(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_response(filename, header, rows, fmt="csv", sheet_title="Sheet1"):
    """An attachment download of the table; ``filename`` without extension, ``fmt`` "csv" or "xlsx"."""
    if fmt == "xlsx":
        response = HttpResponse(xlsx_bytes(header, rows, sheet_title), content_type=XLSX_CONTENT_TYPE)
    elif fmt == "csv":
        response = HttpResponse(csv_text(header, rows), content_type=CSV_CONTENT_TYPE)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    response["Content-Disposition"] = content_disposition_header(True, f"{filename}.{fmt}")
    return response
