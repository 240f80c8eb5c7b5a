"""PDFs built with ReportLab: one embedded Chinese font, and every text escaped before ReportLab reads it.

ReportLab's ``Paragraph`` parses its text as markup: ``<img src=…>`` would embed any file the
server can read, ``<a href>`` would add a link, ``<font>`` would forge the look of the form, and a
bare ``<`` fails the whole document. ``paragraph`` therefore escapes what it is given, so titles,
comments and applicants' names appear as the literal text that was typed.

The font is WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0 or GPLv3 with the font exception), a
TrueType collection that the PyPI package ``paperang-p2-fonts-cjk`` ships. It is embedded (only
the characters used), so every reader shows the same glyphs and the file stays readable in the
archive; ReportLab's built-in CID font STSong-Light needs none but is not embedded, and readers
without Adobe's Chinese font pack substitute their own. Noto CJK on PyPI is OpenType/CFF, which
ReportLab cannot embed.
"""

import io
from functools import cache
from importlib.resources import files
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

FONT_NAME = "WenQuanYiMicroHei"
FONT_PACKAGE = "paperang_p2_fonts_cjk"
FONT_FILE = "fonts/wqy-microhei.ttc"


@cache
def font_name():
    """Register the embedded font once per process and return its ReportLab name."""
    with files(FONT_PACKAGE).joinpath(FONT_FILE).open("rb") as font_file:
        pdfmetrics.registerFont(TTFont(FONT_NAME, font_file, subfontIndex=0))
    return FONT_NAME


def style(name, **options):
    """A paragraph style in the embedded font, wrapping Chinese text between any two characters."""
    return ParagraphStyle(name, fontName=font_name(), wordWrap="CJK", **options)


def paragraph(text, paragraph_style):
    """A paragraph showing ``text`` literally: markup characters are escaped, line breaks kept."""
    text = "" if text is None else str(text)
    return Paragraph(escape(text).replace("\n", "<br/>"), paragraph_style)


def grid_table(rows, col_widths):
    """Rows of flowables in a ruled table, cells aligned to the top."""
    table = Table(rows, colWidths=col_widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def build(story, title, author="", **page):
    """The A4 document of the given flowables, as bytes. ``page``: margins for SimpleDocTemplate."""
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title=title, author=author, **page).build(story)
    return buffer.getvalue()
