"""依申请公开 第二条 / 条例 第三十六条: every answer carries exactly one national outcome (labels of the
annual report, verbatim) and the bureau's answer kind; refusals need basis and reasons (保密审查 第八条);
each outcome produces its letter, ending with the remedies."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from disclosure_requests import letters, services
from disclosure_requests.models import AnswerKind, NationalOutcome, State
from disclosure_requests.models.choices import ANSWER_KIND_OUTCOMES, DISCLOSING_OUTCOMES, OUTCOME_GROUPS

from .factories import DisclosureRequestFactory, action_url, give_opinion, release

pytestmark = pytest.mark.django_db
D = datetime.date

REPORT_LEAVES = [
    "（一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
    "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
    "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
    "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
]


def test_outcome_labels_are_the_annual_report_rows():
    assert [o.label for o in NationalOutcome] == REPORT_LEAVES
    assert list(OUTCOME_GROUPS) == ["（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"]
    assert sum(len(v) for v in OUTCOME_GROUPS.values()) == 19


def kind_for(outcome):
    return next(kind for kind, outcomes in ANSWER_KIND_OUTCOMES.items() if outcome in outcomes)


EXPECTED_TITLES = {
    "disclosed": "政府信息公开告知书",
    "partly_disclosed": "政府信息部分公开告知书",
    "withheld_": "政府信息不予公开告知书",
    "unavailable_not_held": "政府信息不存在告知书",
    "unavailable_": "政府信息无法提供告知书",
    "not_processed_": "政府信息公开申请不予处理告知书",
    "other": "政府信息公开申请处理告知书",
}


def expected_title(outcome):
    for prefix, title in EXPECTED_TITLES.items():
        if outcome == prefix or (prefix.endswith("_") and outcome.startswith(prefix)):
            return title
    return EXPECTED_TITLES["other"]


@pytest.mark.parametrize("outcome", [o.value for o in NationalOutcome])
def test_each_outcome_produces_its_letter(client, staff, as_user, on_day, outcome):
    on_day(D(2026, 11, 10))
    r = DisclosureRequestFactory(received_on=D(2026, 11, 2), handling_section=staff.section)
    kind = kind_for(outcome)
    as_user(staff.drafter)
    response = client.post(action_url(r, "answer"), {
        "answer_kind": kind, "outcome": outcome, "answer_content": "可在本局门户网站“信息公开目录”栏目查阅。",
        "answer_basis": "《中华人民共和国政府信息公开条例》第十四条", "answer_reasons": "经审查，理由如下。",
        "other_agency_name": "中卫市数据局" if kind == AnswerKind.NOT_THIS_AGENCY else "",
        "other_agency_contact": "0955-1234567" if kind == AnswerKind.NOT_THIS_AGENCY else "",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    if outcome in DISCLOSING_OUTCOMES:  # released only after the release review (保密审查 第六条)
        for user in staff.release_team:
            give_opinion(client, user, r)
    r.refresh_from_db()
    assert r.state == State.ANSWERED and r.outcome == outcome and r.answer_kind == kind
    letter = r.letters.get(kind="answer")
    title = "非本机关政府信息告知书" if kind == AnswerKind.NOT_THIS_AGENCY else expected_title(outcome)
    assert letter.title == title
    assert letter.recipient == r.applicant.name
    assert r.tracking_number in letter.body and r.information_name in letter.body
    assert letters.REMEDY_SENTENCE in letter.body
    assert "60日内" in letter.body and "6个月内" in letter.body
    if outcome != NationalOutcome.DISCLOSED:
        assert "第十四条" in letter.body and "经审查，理由如下。" in letter.body
    if kind == AnswerKind.NOT_THIS_AGENCY:
        assert "中卫市数据局" in letter.body and "0955-1234567" in letter.body


@pytest.mark.parametrize(
    ("outcome", "kind"),
    [("withheld_state_secret", "withhold"), ("partly_disclosed", "partly_disclose"),
     ("unavailable_not_held", "not_exist"), ("not_processed_repeat", "not_processed")],
)
@pytest.mark.parametrize("missing", ["answer_basis", "answer_reasons"])
def test_refusal_without_basis_or_reasons_is_refused(client, staff, received, as_user, on_day, outcome, kind, missing):
    on_day(D(2026, 11, 10))
    data = {"answer_kind": kind, "outcome": outcome, "answer_content": "部分内容见附件",
            "answer_basis": "《条例》第十四条", "answer_reasons": "属于国家秘密"}
    data[missing] = ""
    as_user(staff.drafter)
    response = client.post(action_url(received, "answer"), data)
    html = response.content.decode()
    assert ("必须写明法律依据" in html) if missing == "answer_basis" else ("必须说明理由" in html)
    received.refresh_from_db()
    assert received.state == State.RECEIVED and not received.outcome
    assert not received.letters.exists()


def test_outcome_must_fit_the_answer_kind(staff, received, on_day):
    on_day(D(2026, 11, 10))
    with pytest.raises(ValidationError) as error:
        services.answer(received, staff.drafter, answer_kind="already_public", outcome="withheld_state_secret",
                        answer_content="x", answer_basis="x", answer_reasons="x")
    assert "outcome" in error.value.message_dict


def test_already_public_answer_tells_where_to_get_it(staff, received, on_day):
    on_day(D(2026, 11, 10))
    with pytest.raises(ValidationError):
        services.answer(received, staff.drafter, answer_kind="already_public", outcome="disclosed")
    release(received, staff, answer_kind="already_public", outcome="disclosed",
            answer_content="索引号 11640500MB1950123X/2025-00012，见本局门户网站")
    letter = received.letters.get(kind="answer")
    assert "获取该信息的方式和途径" in letter.body and "2025-00012" in letter.body


def test_letter_renders_as_printable_html_and_pdf(client, staff, received, as_user, on_day):
    from io import BytesIO

    from django.urls import reverse
    from pypdf import PdfReader

    on_day(D(2026, 11, 10))
    services.answer(received, staff.drafter, answer_kind="withhold", outcome="withheld_process",
                    answer_basis="《中华人民共和国政府信息公开条例》第十六条", answer_reasons="属于过程稿")
    letter = received.letters.get(kind="answer")
    as_user(staff.drafter)
    html = client.get(reverse("disclosure_requests_admin:letter", args=[received.pk, letter.pk])).content.decode()
    assert "政府信息不予公开告知书" in html and 'class="print-page"' in html
    pdf = client.get(reverse("disclosure_requests_admin:letter_pdf", args=[received.pk, letter.pk]))
    assert pdf["Content-Type"] == "application/pdf"
    reader = PdfReader(BytesIO(pdf.content))
    text = "".join(page.extract_text() for page in reader.pages)
    fonts = [font.get_object()["/BaseFont"] for font in reader.pages[0]["/Resources"]["/Font"].values()]
    assert any("WenQuanYiMicroHei" in name for name in fonts)
    assert "不予公开告知书" in text.replace("\n", "").replace(" ", "")


def test_immediate_answer_same_day(client, staff, as_user, on_day):
    on_day(D(2026, 11, 10))
    r = DisclosureRequestFactory(handling_section=staff.section, channel="in_person")
    as_user(staff.office_clerk)
    client.post(action_url(r, "answer_immediately"), {"answer_kind": "already_public", "outcome": "disclosed",
                                                      "answer_content": "已在门户网站公开，当场告知网址"})
    for user in staff.release_team:  # the same day, after the release review
        give_opinion(client, user, r)
    r.refresh_from_db()
    assert r.state == State.ANSWERED and r.is_immediate
    assert r.received_on == r.answered_on == D(2026, 11, 10)
    assert r.events.last().kind == "answered_immediately"


def test_immediate_answer_not_on_a_later_day(staff, on_day):
    on_day(D(2026, 11, 10))
    received = DisclosureRequestFactory(received_on=D(2026, 11, 2), handling_section=staff.section, channel="in_person")
    with pytest.raises(ValidationError, match="当日"):
        services.answer(received, staff.drafter, immediate=True, answer_kind="already_public", outcome="disclosed",
                        answer_content="x")


def test_database_holds_exactly_one_outcome_when_answered(staff, received):
    from django.db import IntegrityError, transaction

    received.state = State.CLOSED
    with pytest.raises(IntegrityError), transaction.atomic():
        received.save()
    received.refresh_from_db()
    received.outcome = "disclosed"  # an open request counts under no row
    with pytest.raises(IntegrityError), transaction.atomic():
        received.save()


def test_immediate_answer_only_for_in_person_requests(staff, on_day):
    on_day(D(2026, 11, 10))
    r = DisclosureRequestFactory(handling_section=staff.section)  # online
    with pytest.raises(ValidationError, match="当面"):
        services.answer(r, staff.office_clerk, immediate=True, answer_kind="already_public", outcome="disclosed",
                        answer_content="x")
