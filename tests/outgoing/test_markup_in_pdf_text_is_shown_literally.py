"""outgoing.pdf: whatever text is given appears as typed, never as ReportLab markup, in an embedded font."""

import pytest
from reportlab.lib.units import mm

from outgoing import pdf
from tests.outgoing.pdf_inspection import PdfContents

HOSTILE = [
    "a < b",
    '<img src="/etc/passwd"/>',
    '<a href="http://evil.example/">点此查看</a>',
    "<font size=40 color=red>审批同意</font>",
    "&amp; &nbsp; &#60;",
    "<br/><para>",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_text_is_literal_without_links_or_images(text):
    style = pdf.style("body", fontSize=11, leading=16)
    contents = PdfContents(pdf.build([pdf.paragraph(f"标题：{text}", style)], title="测试"))
    assert f"标题：{text}".replace(" ", "") in contents.flat_text
    assert contents.annotations == []
    assert contents.image_count == 0


def test_line_breaks_are_kept_and_control_characters_do_not_fail():
    style = pdf.style("body", fontSize=11, leading=16)
    contents = PdfContents(pdf.build([pdf.paragraph("第一行\n第二行\x00\x0b", style)], title="测试"))
    assert contents.text.startswith("第一行\n第二行")


def test_chinese_font_is_embedded():
    table = pdf.grid_table([[pdf.paragraph("信息名称", pdf.style("cell", fontSize=10))]], [40 * mm])
    contents = PdfContents(pdf.build([table], title="保密审查审批表"))
    assert "信息名称" in contents.text
    assert any("WenQuanYiMicroHei" in name for name in contents.embedded_fonts)
    assert not any("STSong" in name for name in contents.fonts)
