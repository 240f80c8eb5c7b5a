"""保密审查审批表: the printable record of one submission, HTML and PDF."""

from django.utils import timezone

from .models import Escalation, ReviewOpinion, ReviewStep, SensitiveFinding


def person_name(user):
    return (user.get_full_name() or user.get_username()) if user else ""


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
    return {
        "submission": submission,
        "page": page,
        "publisher": getattr(page, "publisher", None),
        "deadline": getattr(page, "publication_deadline", None),
        "submitted_by": person_name(submission.requested_by),
        "submitted_at": timezone.localtime(submission.created_at).strftime("%Y-%m-%d %H:%M"),
        "rows": rows,
        "findings": SensitiveFinding.objects.filter(submission=submission).select_related("confirmed_by"),
        "escalations": Escalation.objects.filter(submission=submission),
    }


def approval_form_pdf(submission):
    """The same form as a PDF; every value goes through ``outgoing.pdf.paragraph`` (escaped)."""
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
    opinions = [[p("审查环节"), p("意见"), p("依据与说明"), p("审查人/时间")]]
    for row in data["rows"]:
        opinion_text = f"{row['outcome']} {row['decision']}".strip()
        detail = "；".join(x for x in [row["grounds"], row["comment"]] if x)
        opinions.append([p(row["step"]), p(opinion_text), p(detail), p(f"{row['name']}\n{row['date']}")])
    return pdf.build(
        [pdf.paragraph("政府信息公开保密审查审批表", title_style), Spacer(1, 8 * mm),
         pdf.grid_table(meta, [25 * mm, 60 * mm, 25 * mm, 60 * mm]), Spacer(1, 6 * mm),
         pdf.grid_table(opinions, [40 * mm, 35 * mm, 60 * mm, 35 * mm])],
        title="保密审查审批表",
    )
