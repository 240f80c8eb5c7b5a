"""Letters (文书) to applicants and third parties, composed from the request's data.

The text is composed once when the letter is issued and stored in ``Letter``; HTML and PDF are
renderings of that stored text. Every answer letter ends with the remedies (条例 第五十一条).
"""

from django.template.loader import render_to_string
from django.utils import timezone

from .models import AnswerKind, Letter, LetterKind, NationalOutcome
from .models.choices import OUTCOME_GROUPS, outcome_group

# 条例 第五十一条; 行政复议法 第二十条 (60 days); 行政诉讼法 第四十六条 (6 months).
REMEDY_SENTENCE = (
    "如对本答复不服，可以自收到本告知书之日起60日内依法申请行政复议，"
    "或者自收到本告知书之日起6个月内依法向人民法院提起行政诉讼。"
)

DEFAULT_ORGANISATION = "中卫市云计算和大数据发展局"

ANSWER_TITLES = {
    NationalOutcome.DISCLOSED: "政府信息公开告知书",
    NationalOutcome.PARTLY_DISCLOSED: "政府信息部分公开告知书",
    "（三）不予公开": "政府信息不予公开告知书",
    "（四）无法提供": "政府信息无法提供告知书",
    "（五）不予处理": "政府信息公开申请不予处理告知书",
    "（六）其他处理": "政府信息公开申请处理告知书",
}
assert set(OUTCOME_GROUPS) <= set(ANSWER_TITLES)


def organisation_name():
    from wagtail.models import Site

    from disclosure_pages.models import PortalSettings

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return DEFAULT_ORGANISATION
    return PortalSettings.for_site(site).organisation_name or DEFAULT_ORGANISATION


def chinese_date(day):
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def _opening(r):
    received = chinese_date(r.received_on) or chinese_date(timezone.localdate(r.submitted_at))
    return (f"本机关于{received}收到您提出的政府信息公开申请（受理编号：{r.tracking_number}），"
            f"申请获取“{r.information_name}”。")


def answer_title(r):
    if r.answer_kind == AnswerKind.NOT_THIS_AGENCY:
        return "非本机关政府信息告知书"
    if r.outcome == NationalOutcome.UNAVAILABLE_NOT_HELD:
        return "政府信息不存在告知书"
    return ANSWER_TITLES.get(r.outcome) or ANSWER_TITLES[outcome_group(r.outcome)]


def _basis_and_reasons(r):
    parts = []
    if r.answer_basis.strip():
        parts.append(f"依据：{r.answer_basis.strip()}")
    if r.answer_reasons.strip():
        parts.append(f"理由：{r.answer_reasons.strip()}")
    return parts


def compose_answer(r, files=()):
    """The answer letter of 依申请公开 第二条 / 条例 第三十六条, by the bureau's answer kind, listing
    the files given with it."""
    kind = AnswerKind(r.answer_kind)
    body = [_opening(r) + "经审查，现答复如下："]
    if kind == AnswerKind.ALREADY_PUBLIC:
        body.append("您申请获取的信息属于已主动公开的政府信息。根据《中华人民共和国政府信息公开条例》"
                    f"第三十六条第一项的规定，现告知获取该信息的方式和途径：{r.answer_content.strip()}")
    elif kind == AnswerKind.DISCLOSE:
        body.append("您申请获取的信息属于可以公开的政府信息。根据《中华人民共和国政府信息公开条例》"
                    f"第三十六条第二项的规定，予以公开：{r.answer_content.strip()}")
    elif kind == AnswerKind.PARTLY_DISCLOSE:
        body.append("您申请获取的信息中含有不应当公开的内容，但能够作区分处理。根据《中华人民共和国政府信息公开条例》"
                    f"第三十七条的规定，向您提供可以公开的部分：{r.answer_content.strip()}")
        body.append("其余部分不予公开。" + "；".join(_basis_and_reasons(r)) + "。")
    elif kind == AnswerKind.NOT_THIS_AGENCY:
        contact = f"，联系方式：{r.other_agency_contact.strip()}" if r.other_agency_contact.strip() else ""
        body.append(f"您申请获取的信息不属于本机关负责公开。负责公开该信息的机关为{r.other_agency_name.strip()}{contact}。")
        body.append("；".join(_basis_and_reasons(r)) + "。")
    else:
        body.append(f"{kind.label}（{r.outcome_label}）。")
        body.append("；".join(_basis_and_reasons(r)) + "。")
    if files:
        body.append("随本告知书提供以下文件：" + "；".join(f"{i}.《{f.original_name}》" for i, f in enumerate(files, 1)) + "。")
    body.append(REMEDY_SENTENCE)
    body.append("特此告知。")
    return answer_title(r), body


def compose_receipt(r):
    return LetterKind.RECEIPT.label, [
        f"本机关已于{chinese_date(r.received_on)}收到您提出的政府信息公开申请（受理编号：{r.tracking_number}），"
        f"申请获取“{r.information_name}”。",
        "根据《中华人民共和国政府信息公开条例》第三十三条的规定，本机关将自收到申请之日起20个工作日内予以答复；"
        "需要延长答复期限的，将另行告知。您可凭受理编号和查询码在本网站查询办理进度。",
    ]


def compose_amendment(r):
    return LetterKind.AMENDMENT.label, [
        _opening(r),
        "经审查，您的申请内容不够明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，请您对以下事项作出补正：",
        r.amendment_items.strip(),
        f"请于{chinese_date(r.amendment_deadline)}前提交补正材料。答复期限自本机关收到补正后的申请之日起计算。",
        "无正当理由逾期不补正的，视为您放弃申请，本机关将不再处理该政府信息公开申请。",
    ]


def compose_extension(r, new_due):
    return LetterKind.EXTENSION.label, [
        _opening(r),
        f"因{r.extension_reasons.strip()}，本机关不能在规定期限内作出答复。根据《中华人民共和国政府信息公开条例》"
        f"第三十三条第二款的规定，经政府信息公开工作机构负责人同意，答复期限延长{r.extension_days}个工作日，"
        f"本机关将于{chinese_date(new_due)}前作出答复。",
        "特此告知。",
    ]


def compose_consultation(c):
    article = "第三十二条" if c.kind == "third_party" else "第三十四条"
    return LetterKind.CONSULTATION.label, [
        f"本机关收到一份政府信息公开申请（受理编号：{c.request.tracking_number}），申请公开的信息可能涉及贵方的合法权益。",
        f"根据《中华人民共和国政府信息公开条例》{article}的规定，现书面征求贵方意见。涉及内容：{c.matters.strip()}",
        "请自收到本征求意见书之日起15个工作日内提出书面意见。"
        + ("逾期未提出意见的，视为同意公开。" if c.kind == "other_agency"  # 条例 第三十四条
           else "逾期未提出意见的，由本机关依照条例规定决定是否公开。"),  # 条例 第三十二条
    ]


def compose_consultation_notice(c):
    r = c.request
    return LetterKind.CONSULTATION_NOTICE.label, [
        _opening(r),
        "您申请公开的信息可能涉及第三方合法权益，本机关已书面征求第三方意见。根据《中华人民共和国政府信息公开条例》"
        "第三十三条第三款的规定，征求第三方意见所需时间不计算在答复期限内。",
        "特此告知。",
    ]


def compose_override_notice(c):
    return LetterKind.OVERRIDE_NOTICE.label, [
        f"本机关就政府信息公开申请（受理编号：{c.request.tracking_number}）书面征求了贵方意见，贵方不同意公开。",
        f"经审查，本机关认为不公开可能对公共利益造成重大影响，根据《中华人民共和国政府信息公开条例》第三十二条和"
        f"本机关《政务公开依申请公开制度》第四条的规定，决定予以公开。决定公开的内容：{c.matters.strip()}",
        f"决定公开的理由：{c.override_reasons.strip()}",
        REMEDY_SENTENCE,
    ]


def compose_fee_notice(notice):
    r = notice.request
    return LetterKind.FEE_NOTICE.label, [
        _opening(r),
        "根据《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）"
        "的规定，您的申请需缴纳信息处理费。",
        notice.explanation,
        "请自收到本通知之次日起20个工作日内按本通知载明的方式缴纳。逾期未缴纳的，视为放弃申请，本机关将不再处理该申请。",
    ]


def compose_termination(r, reason):
    return LetterKind.TERMINATION.label, [_opening(r), reason, REMEDY_SENTENCE]


def issue(r, kind, composed, user=None, recipient=None, to_applicant=True, on=None):
    """Store a letter with its frozen text. Called inside the service's transaction."""
    from .clocks import today

    title, paragraphs = composed
    on = on or today()
    number = f"{r.tracking_number}-{r.letters.count() + 1:02d}"
    return Letter.objects.create(
        request=r, kind=kind, number=number, title=title, recipient=recipient or r.applicant.name,
        body="\n".join(p for p in paragraphs if p), issued_on=on, issued_by=user, to_applicant=to_applicant,
    )


# -- renderings ------------------------------------------------------------------------------


def render_html(letter, request=None):
    return render_to_string(
        "disclosure_requests/letter_print.html",
        {"letter": letter, "organisation": organisation_name(), "issued": chinese_date(letter.issued_on)},
        request=request,
    )


def render_pdf(letter):
    """A4 PDF of the stored letter; every text goes through ``outgoing.pdf.paragraph`` (escaped)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from outgoing import pdf

    title = pdf.style("title", fontSize=20, leading=30, alignment=1)
    small = pdf.style("small", fontSize=11, leading=18, alignment=1)
    text = pdf.style("text", fontSize=14, leading=26, firstLineIndent=28)
    plain = pdf.style("plain", fontSize=14, leading=26)
    right = pdf.style("right", fontSize=14, leading=26, alignment=2)

    story = [pdf.paragraph(letter.title, title), pdf.paragraph(letter.number, small), Spacer(1, 8 * mm),
             pdf.paragraph(letter.recipient + "：", plain)]
    story += [pdf.paragraph(p, text) for p in letter.paragraphs]
    story += [Spacer(1, 12 * mm), pdf.paragraph(organisation_name(), right),
              pdf.paragraph(chinese_date(letter.issued_on), right)]
    return pdf.build(story, title=letter.title, author=organisation_name(), leftMargin=28 * mm,
                     rightMargin=26 * mm, topMargin=30 * mm, bottomMargin=30 * mm)
