"""依申请公开答复保密审查审批表: the printable record of one proposal and its four opinions, HTML and
PDF, as moderation's 保密审查审批表 is for pages. Every user string is escaped in both."""


from django.utils import timezone

from moderation.approval_form import person_name
from moderation.models.opinions import ReviewStep

TITLE = "依申请公开答复保密审查审批表"


def _when(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def approval_form_data(proposal):
    r = proposal.request
    opinions = {o.step: o for o in proposal.opinions.select_related("reviewer")}
    rows = []
    for step in ReviewStep:
        opinion = opinions.get(step.value)
        rows.append({
            "step": step.label,
            "outcome": opinion.get_outcome_display() if opinion else "",
            "comment": opinion.comment if opinion else "",
            "name": person_name(opinion.reviewer) if opinion else "",
            "date": _when(opinion.created_at) if opinion else "",
        })
    return {
        "title": TITLE,
        "proposal": proposal,
        "r": r,
        "section": r.handling_section.name if r.handling_section else "",
        "answer_kind": proposal.get_answer_kind_display(),
        "outcome": proposal.get_outcome_label(),
        "files": list(proposal.files.all()),
        "proposed_by": person_name(proposal.proposed_by),
        "proposed_at": _when(proposal.proposed_at),
        "rows": rows,
    }


def approval_form_pdf(proposal):
    """A4 in the embedded font of ``outgoing.pdf``, every user string printed as typed."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, TableStyle

    from outgoing import pdf

    data = approval_form_data(proposal)
    title_style = pdf.style("title", fontSize=16, leading=22, alignment=1)
    cell = pdf.style("cell", fontSize=10, leading=14)

    def p(text):
        return pdf.paragraph(text, cell)

    r = data["r"]
    files = "\n".join(f"{f.original_name}（SHA-256 {f.sha256[:16]}…）" for f in data["files"]) or "无"
    meta = [
        [p("受理编号"), p(r.tracking_number), p("承办科室"), p(data["section"])],
        [p("所需信息"), p(r.information_name), p("送审轮次"), p(f"第{proposal.round}轮")],
        [p("答复类型"), p(data["answer_kind"]), p("办理结果"), p(data["outcome"])],
        [p("送审人"), p(data["proposed_by"]), p("送审时间"), p(data["proposed_at"])],
        [p("答复内容"), p(proposal.answer_content), "", ""],
        [p("法律依据与理由"), p("\n".join(x for x in [proposal.answer_basis, proposal.answer_reasons] if x)), "", ""],
        [p("公开的文件"), p(files), "", ""],
    ]
    opinions = [[p("审查环节"), p("意见"), p("意见说明"), p("审查人/时间")]]
    for row in data["rows"]:
        opinions.append([p(row["step"]), p(row["outcome"]), p(row["comment"]), p(f"{row['name']}\n{row['date']}")])
    meta_table = pdf.grid_table(meta, [25 * mm, 60 * mm, 25 * mm, 60 * mm])
    meta_table.setStyle(TableStyle([("SPAN", (1, row), (3, row)) for row in (4, 5, 6)]))
    return pdf.build(
        [pdf.paragraph(TITLE, title_style), Spacer(1, 8 * mm), meta_table, Spacer(1, 6 * mm),
         pdf.grid_table(opinions, [40 * mm, 25 * mm, 70 * mm, 35 * mm])],
        title=TITLE,
    )
