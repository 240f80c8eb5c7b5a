"""The result letter (考核评议制度 第七条): a PDF for the section, every user string escaped (outgoing.pdf)."""

from django.utils import timezone
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from outgoing import pdf


def result_letter(assessment):
    round_ = assessment.round
    title = f"{round_.year}年度政务公开考核评议结果通知书"
    heading = pdf.style("heading", fontSize=16, leading=24, alignment=1)
    body = pdf.style("body", fontSize=11, leading=18)
    cell = pdf.style("cell", fontSize=9, leading=13)
    rows = [[pdf.paragraph("指标", cell), pdf.paragraph("数值", cell)]]
    for snapshot in assessment.indicators.values():
        rows.append([pdf.paragraph(snapshot["label"], cell), pdf.paragraph(_shown(snapshot), cell)])
    approved_on = timezone.localdate(assessment.approved_at)
    story = [
        pdf.paragraph(title, heading), Spacer(1, 6 * mm),
        pdf.paragraph(f"{assessment.section}：", body),
        pdf.paragraph(f"根据《政务公开考核评议制度》，经考核评议并报分管领导审定，你科室{round_.year}年度"
                      f"政务公开考核等次为：{assessment.get_grade_display()}。", body),
        pdf.paragraph(f"评议意见：{assessment.comment}", body), Spacer(1, 4 * mm),
        pdf.paragraph("评定时的指标：", body), pdf.grid_table(rows, [110 * mm, 50 * mm]), Spacer(1, 6 * mm),
        pdf.paragraph(f"审定：{assessment.approved_by.get_full_name() or assessment.approved_by.get_username()}"
                      f"　{approved_on:%Y年%m月%d日}", body),
    ]
    return pdf.build(story, title)


def _shown(snapshot):
    value = snapshot["value"]
    if snapshot["kind"] == "rate":
        return "—（无相关记录）" if value is None else f"{value:g}%（{snapshot['numerator']}/{snapshot['denominator']}）"
    if snapshot["kind"] == "present":
        return "已公开" if value else "未公开"
    return str(value)
