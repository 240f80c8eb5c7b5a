"""保密审查审批表: the printable record of one submission, HTML and PDF."""

from django.utils import timezone

from .models import Escalation, ReviewOpinion, ReviewStep, SensitiveFinding


def person_name(user):
    return (user.get_full_name() or user.get_username()) if user else ""


# For paper filing each step is also signed and dated by hand (保密审查 第六条: four steps on record).
SIGNATURE_LINE = "签字：\n日期：　　年　　月　　日"


def findings_line(findings):
    """The 敏感信息提示 line: every finding of the scan, with its confirmation when resolved."""
    parts = []
    for finding in findings:
        part = f"{finding.get_kind_display()}（{finding.place}）"
        if finding.is_resolved:
            part += f"已确认：{finding.confirmation_reason}"
        parts.append(part)
    return "敏感信息提示：" + "；".join(parts) if parts else ""


def escalation_lines(escalations):
    """One 密级确定 line per referral (保密审查 第七条)."""
    return [
        f"密级确定：报送{e.referred_to}，"
        + ("待确定" if e.is_pending else f"{e.get_decision_display()}（{e.decision_reference}）")
        for e in escalations
    ]


def approval_form_data(submission):
    page = submission.content_object.specific
    opinions = {
        o.step: o
        for o in ReviewOpinion.objects.filter(submission=submission).select_related("reviewer").order_by("created_at")
    }
    rows = []
    for step in ReviewStep:
        opinion = opinions.get(step.value)
        rows.append(
            {
                "step": step.label,
                "opinion": opinion,
                "outcome": opinion.get_outcome_display() if opinion else "",
                "decision": opinion.get_decision_display() if opinion and opinion.decision else "",
                "grounds": opinion.grounds_display if opinion else "",
                "comment": opinion.comment if opinion else "",
                "name": person_name(opinion.reviewer) if opinion else "",
                "date": timezone.localtime(opinion.created_at).strftime("%Y-%m-%d %H:%M") if opinion else "",
            }
        )
    findings = SensitiveFinding.objects.filter(submission=submission).select_related("confirmed_by")
    escalations = Escalation.objects.filter(submission=submission)
    return {
        "submission": submission,
        "page": page,
        "publisher": getattr(page, "publisher", None),
        "deadline": getattr(page, "publication_deadline", None),
        "submitted_by": person_name(submission.requested_by),
        "submitted_at": timezone.localtime(submission.created_at).strftime("%Y-%m-%d %H:%M"),
        "rows": rows,
        "signature_line": SIGNATURE_LINE,
        "findings_line": findings_line(findings),
        "escalation_lines": escalation_lines(escalations),
    }


def approval_form_pdf(submission):
    """The same form as a PDF, everything the HTML shows; every value goes through
    ``outgoing.pdf.paragraph`` (escaped), in the embedded font."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from outgoing import pdf

    data = approval_form_data(submission)
    page = data["page"]
    title_style = pdf.style("title", fontSize=16, leading=22, alignment=1)
    cell = pdf.style("cell", fontSize=10, leading=14)

    def p(text):
        return pdf.paragraph(text, cell)

    meta = [
        [p("信息名称"), p(page.title), p("索引号"), p(getattr(page, "index_number", ""))],
        [p("文号"), p(getattr(page, "document_number", "")), p("发布机构"), p(data["publisher"])],
        [p("生成日期"), p(getattr(page, "creation_date", "")), p("公开时限"), p(data["deadline"])],
        [p("送审人"), p(data["submitted_by"]), p("送审时间"), p(data["submitted_at"])],
    ]
    opinions = [[p("审查环节"), p("意见"), p("依据与说明"), p("审查人/时间"), p("签字/日期")]]
    for row in data["rows"]:
        opinion_text = f"{row['outcome']} {row['decision']}".strip()
        detail = "；".join(x for x in [row["grounds"], row["comment"]] if x)
        opinions.append([p(row["step"]), p(opinion_text), p(detail), p(f"{row['name']}\n{row['date']}"),
                         p(data["signature_line"])])
    notes = [p(line) for line in [data["findings_line"], *data["escalation_lines"]] if line]
    return pdf.build(
        [pdf.paragraph("政府信息公开保密审查审批表", title_style), Spacer(1, 8 * mm),
         pdf.grid_table(meta, [25 * mm, 60 * mm, 25 * mm, 60 * mm]), Spacer(1, 6 * mm),
         pdf.grid_table(opinions, [30 * mm, 25 * mm, 50 * mm, 30 * mm, 35 * mm]), Spacer(1, 4 * mm),
         *notes],
        title="保密审查审批表",
    )
