"""The report as DOCX and PDF (narrative and tables laid out as the national template, merged header
cells included) and its tables as XLSX. Everything typed is written as literal text: python-docx and
openpyxl store strings, never markup or formulas; the PDF goes through ``outgoing.pdf``, which escapes."""

import io
from dataclasses import dataclass, field
from decimal import Decimal

from django.http import HttpResponse
from django.utils.http import content_disposition_header

from outgoing import pdf
from outgoing.tables import XLSX_CONTENT_TYPE, neutralise

from .layout import placed

DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OVERVIEW_HEADING = "一、总体情况"
PROBLEMS_HEADING = "五、存在的主要问题及改进情况"
OTHER_HEADING = "六、其他需要报告的事项"
# Column widths in the PDF (mm, 180 in all): the label columns of 表三 wide enough for its leaf labels.
PDF_COLUMN_WIDTHS = {"two": [60, 40, 40, 40], "three": [12, 20, 64] + [12] * 7, "four": [12] * 15}


@dataclass
class ReportContent:
    """What an export shows: from the live page for the public, from the office's report in the admin."""

    title: str
    year: int
    overview: list = field(default_factory=list)  # [(heading, text)]
    problems: str = ""
    other_matters: str = ""
    figures: dict = field(default_factory=dict)

    @classmethod
    def of_page(cls, page):
        parts = [(block.value["heading"], block.value["text"]) for block in page.overview]
        return cls(page.title, page.year, parts, page.problems, page.other_matters, page.figures)

    @classmethod
    def of_report(cls, report, figures):
        return cls(report.title, report.year, report.overview_parts(), report.problems, report.other_matters,
                   figures)

    @property
    def fee_sentence(self):
        return self.figures.get("fees", {}).get("sentence", "")

    def sections(self):
        """[(heading, [(subheading, text)], table or None)] in the national order 一 to 六."""
        tables = self.figures.get("tables", [])
        result = [(OVERVIEW_HEADING, self.overview, None)]
        result += [(table["title"], [], table) for table in tables]
        result.append((PROBLEMS_HEADING, [("", self.problems)], None))
        result.append((OTHER_HEADING, [("", text) for text in (self.fee_sentence, self.other_matters) if text], None))
        return result


def docx_bytes(content):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    document.styles["Normal"].font.size = Pt(10.5)
    document.add_heading(content.title, level=0)
    for heading, parts, table in content.sections():
        document.add_heading(heading, level=1)
        for subheading, text in parts:
            if subheading:
                document.add_heading(subheading, level=2)
            for line in (text or "").splitlines() or [""]:
                document.add_paragraph(line)
        if table:
            cells, width = placed(table["rows"])
            grid = document.add_table(rows=len(table["rows"]), cols=width)
            grid.style = "Table Grid"
            for r, c, rowspan, colspan, cell in cells:
                target = grid.cell(r, c)
                if rowspan > 1 or colspan > 1:
                    target = target.merge(grid.cell(r + rowspan - 1, c + colspan - 1))
                target.text = cell["text"]
                if cell.get("header"):
                    for run in target.paragraphs[0].runs:
                        run.bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(content):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    title_style = pdf.style("title", fontSize=16, leading=22, alignment=1, spaceAfter=12)
    heading_style = pdf.style("heading", fontSize=12, leading=18, spaceBefore=8, spaceAfter=4)
    sub_style = pdf.style("subheading", fontSize=10.5, leading=16, spaceBefore=4)
    body_style = pdf.style("body", fontSize=10, leading=16, firstLineIndent=20)
    cell_style = pdf.style("cell", fontSize=6.5, leading=8.5)
    story = [pdf.paragraph(content.title, title_style)]
    for heading, parts, table in content.sections():
        story.append(pdf.paragraph(heading, heading_style))
        for subheading, text in parts:
            if subheading:
                story.append(pdf.paragraph(subheading, sub_style))
            story.append(pdf.paragraph(text, body_style))
        if table:
            cells, width = placed(table["rows"])
            grid = [[""] * width for _ in table["rows"]]
            commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            for r, c, rowspan, colspan, cell in cells:
                grid[r][c] = pdf.paragraph(cell["text"], cell_style)
                if rowspan > 1 or colspan > 1:
                    commands.append(("SPAN", (c, r), (c + colspan - 1, r + rowspan - 1)))
            widths = PDF_COLUMN_WIDTHS.get(table["key"], [180 / width] * width)
            story.append(Table(grid, colWidths=[w * mm for w in widths], style=TableStyle(commands)))
            story.append(Spacer(1, 6))
    return pdf.build(story, title=content.title, leftMargin=15 * mm, rightMargin=15 * mm)


def xlsx_bytes(content):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in content.figures.get("tables", []):
        sheet = workbook.create_sheet(table["title"][:31])
        sheet.cell(row=1, column=1, value=neutralise(f"{content.title} {table['title']}")).data_type = "s"
        cells, _width = placed(table["rows"])
        for r, c, rowspan, colspan, cell in cells:
            row, column = r + 2, c + 1
            target = sheet.cell(row=row, column=column)
            if cell.get("key") and cell["text"] != "":
                target.value = _as_number(cell["text"])
            else:
                target.value = neutralise(cell["text"])
                target.data_type = "s"
            target.alignment = Alignment(wrap_text=True, vertical="center")
            if cell.get("header"):
                target.font = Font(bold=True)
            if rowspan > 1 or colspan > 1:
                sheet.merge_cells(start_row=row, start_column=column, end_row=row + rowspan - 1,
                                  end_column=column + colspan - 1)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _as_number(text):
    return int(text) if text.isdigit() else Decimal(text)


EXPORTS = {
    "docx": (docx_bytes, DOCX_CONTENT_TYPE),
    "pdf": (pdf_bytes, "application/pdf"),
    "xlsx": (xlsx_bytes, XLSX_CONTENT_TYPE),
}


def export_response(content, fmt):
    """The report as a download; ``fmt`` one of ``EXPORTS``."""
    build, content_type = EXPORTS[fmt]
    response = HttpResponse(build(content), content_type=content_type)
    suffix = "统计表" if fmt == "xlsx" else ""
    response["Content-Disposition"] = content_disposition_header(True, f"{content.title}{suffix}.{fmt}")
    return response
