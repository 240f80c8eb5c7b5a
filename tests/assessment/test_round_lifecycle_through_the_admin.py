"""考核评议制度 第七、九、十条 through the admin as the office, a section and its leader meet them: the
notice reaches the concerned sections' people, the head files the self-check, the office grades with
the suggested grade beside it, the leader in charge approves, the section is told and downloads the
result letter; every change is kept."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assessment.models import AssessmentRound, RoundState, SectionAssessment, SelfCheckReport
from tests.outgoing.pdf_inspection import PdfContents

from .round_people import people_fixture  # noqa: F401 (the fixture ``people``)
from .round_records import YEAR, build_year


def url(name, *args):
    return reverse(f"assessment_rounds:{name}", args=args)


@pytest.mark.django_db
def test_round_from_notice_to_result_letter(client, people, django_capture_on_commit_callbacks):
    p = people
    build_year(p.portal, p.section_a, p.section_b)
    client.force_login(p.clerk)
    response = client.post(url("add"), {"year": YEAR, "scope": "key", "sections": [p.section_a.pk],
                                        "notice": "请开展自查。", "self_check_due": "2099-01-31"})
    round_ = AssessmentRound.objects.get(year=YEAR)
    assert response.status_code == 302 and round_.state == RoundState.DRAFT

    # 第十条（一）: the notice goes to the people of the section concerned, nobody else.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("issue", round_.pk))
    round_.refresh_from_db()
    assert round_.state == RoundState.ISSUED and round_.issued_at
    assert len(mail.outbox) == 1
    assert set(mail.outbox[0].to) == {p.a.drafter.email, p.a.head.email, p.a.leader.email}
    assert "2099年01月31日" in mail.outbox[0].body

    # 第十条（三）: the head files the self-check with an attachment, and corrects it.
    client.force_login(p.a.head)
    assert client.get(url("section", round_.pk, p.section_a.pk)).status_code == 200
    upload = SimpleUploadedFile("自查材料.pdf", b"%PDF-1.4 self-check", content_type="application/pdf")
    client.post(url("self_check", round_.pk, p.section_a.pk), {"text": "本年度自查情况。", "attachment": upload})
    client.post(url("self_check", round_.pk, p.section_a.pk), {"text": "本年度自查情况（修改）。"})
    report = SelfCheckReport.objects.get(round=round_, section=p.section_a)
    assert report.text == "本年度自查情况（修改）。" and report.attachment_name == "自查材料.pdf"
    assert not report.is_late and report.history.count() == 2
    download = client.get(url("attachment", round_.pk, p.section_a.pk))
    assert b"".join(download.streaming_content) == b"%PDF-1.4 self-check"

    # The office starts grading: the self-check is closed.
    client.force_login(p.clerk)
    client.post(url("start_grading", round_.pk))
    client.force_login(p.a.head)
    response = client.post(url("self_check", round_.pk, p.section_a.pk), {"text": "迟到的修改"}, follow=True)
    assert "不能再报送或修改" in response.content.decode()
    assert SelfCheckReport.objects.get(pk=report.pk).text == "本年度自查情况（修改）。"

    # 第七条: the office sees the suggested grade and the deciding indicator, and grades.
    client.force_login(p.clerk)
    page = client.get(url("section", round_.pk, p.section_a.pk)).content.decode()
    assert "系统建议等次：<strong>不合格</strong>" in page
    assert "决定建议等次的指标：政策解读及时率（3个工作日）：50%（2/4），低于60%" in page
    client.post(url("grade", round_.pk, p.section_a.pk), {"grade": "basic", "comment": "解读不及时，<b>需整改</b>"})
    assessment = SectionAssessment.objects.get(round=round_, section=p.section_a)
    assert (assessment.grade, assessment.suggested_grade) == ("basic", "failed")
    assert assessment.indicators["proactive_on_time"]["value"] == 85.7

    # Before approval the section sees no grade, and no letter.
    client.force_login(p.a.head)
    assert "基本合格" not in client.get(url("section", round_.pk, p.section_a.pk)).content.decode()
    assert client.get(url("letter", round_.pk, p.section_a.pk)).status_code == 404
    client.post(url("approve", round_.pk, p.section_a.pk))
    assert not SectionAssessment.objects.get(round=round_, section=p.section_a).is_approved

    # The leader in charge of the section approves; the section is told.
    client.force_login(p.a.leader)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("approve", round_.pk, p.section_a.pk))
    assessment.refresh_from_db()
    round_.refresh_from_db()
    assert assessment.approved_by == p.a.leader and round_.state == RoundState.CLOSED
    assert len(mail.outbox) == 1 and "基本合格" in mail.outbox[0].body
    assert p.a.drafter.email in mail.outbox[0].to and p.b.head.email not in mail.outbox[0].to

    # The section reads its grade and downloads the letter; markup in the comment is shown as typed.
    client.force_login(p.a.drafter)
    page = client.get(url("section", round_.pk, p.section_a.pk)).content.decode()
    assert "基本合格" in page and "分管领导审定" in page
    letter = client.get(url("letter", round_.pk, p.section_a.pk))
    assert letter["Content-Type"] == "application/pdf"
    text = PdfContents(letter.content).flat_text
    assert "基本合格" in text and "<b>需整改</b>" in text and p.section_a.name in text

    # An approved grade is final.
    client.force_login(p.clerk)
    response = client.post(url("grade", round_.pk, p.section_a.pk), {"grade": "excellent", "comment": "改"},
                           follow=True)
    assert SectionAssessment.objects.get(pk=assessment.pk).grade == "basic"
    assert list(assessment.history.order_by("history_date").values_list("history_change_reason", flat=True)) == [
        "评定等次", "分管领导审定"]
