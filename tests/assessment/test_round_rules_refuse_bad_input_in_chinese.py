"""考核评议制度 第九、十条: a round's rules are checked on the record and in the services, and bad input
gets a Chinese message and changes nothing."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from assessment.models import AssessmentRound, AssessmentScope, RoundState, SelfCheckReport
from assessment.rounds import services

from .round_people import (
    make_round,
    people_fixture,  # noqa: F401 (the fixture ``people``)
)


def form_data(**overrides):
    data = {"year": 2025, "scope": "full", "notice": "请开展自查。",
            "self_check_due": (timezone.localdate() + datetime.timedelta(days=10)).isoformat()}
    data.update(overrides)
    return data


@pytest.mark.django_db
@pytest.mark.usefixtures("at_any_hour")
@pytest.mark.parametrize("overrides, message", [
    ({"year": 2999}, "考核年度不能晚于今年"),
    ({"self_check_due": "2020-01-01"}, "自查报告报送截止日期须晚于通知发出日期"),
    ({"scope": "key"}, "重点考核须至少选择一个被考核科室。"),
])
def test_round_form_refuses_with_a_chinese_message(client, people, overrides, message):
    client.force_login(people.clerk)
    response = client.post(reverse("assessment_rounds:add"), form_data(**overrides))
    assert response.status_code == 200 and message in response.content.decode()
    assert not AssessmentRound.objects.exists()


@pytest.mark.django_db
def test_key_assessment_without_sections_is_not_issued(people):
    round_ = make_round(scope=AssessmentScope.KEY)
    with pytest.raises(ValidationError, match="重点考核须至少选择一个被考核科室"):
        services.issue_notice(round_, people.clerk)
    round_.refresh_from_db()
    assert round_.state == RoundState.DRAFT and round_.issued_at is None


@pytest.mark.django_db
def test_notice_is_issued_once_and_only_by_the_office(people):
    round_ = make_round(scope=AssessmentScope.FULL)
    with pytest.raises(PermissionDenied):
        services.issue_notice(round_, people.a.head)
    services.issue_notice(round_, people.clerk)
    with pytest.raises(ValidationError, match="不能重复发出"):
        services.issue_notice(round_, people.clerk)


@pytest.mark.django_db
def test_full_assessment_concerns_every_section(people, mailoutbox, django_capture_on_commit_callbacks):
    round_ = make_round(scope=AssessmentScope.FULL)
    with django_capture_on_commit_callbacks(execute=True):
        recipients = services.issue_notice(round_, people.clerk)
    assert {people.a.head.email, people.b.drafter.email, people.clerk.email} <= set(recipients)


@pytest.mark.django_db
def test_only_the_section_head_files_the_self_check(people):
    round_ = make_round(sections=[people.section_a])
    services.issue_notice(round_, people.clerk)
    with pytest.raises(PermissionDenied):
        services.file_self_check(round_, people.section_a, people.a.drafter, "自查")
    with pytest.raises(PermissionDenied):
        services.file_self_check(round_, people.section_a, people.b.head, "自查")
    with pytest.raises(ValidationError, match="不在本次考核范围内"):
        services.file_self_check(round_, people.section_b, people.b.head, "自查")
    with pytest.raises(ValidationError, match="请填写自查报告"):
        services.file_self_check(round_, people.section_a, people.a.head, "  ")
    assert not SelfCheckReport.objects.exists()


@pytest.mark.django_db
def test_self_check_filed_after_the_due_date_is_marked_late(client, people, time_machine):
    round_ = make_round(sections=[people.section_a], due_in_days=3)
    services.issue_notice(round_, people.clerk)
    time_machine.move_to(timezone.now() + datetime.timedelta(days=5))
    client.force_login(people.a.head)
    response = client.post(reverse("assessment_rounds:self_check", args=[round_.pk, people.section_a.pk]),
                           {"text": "自查情况"}, follow=True)
    assert "自查报告已报送（逾期报送）" in response.content.decode()
    assert SelfCheckReport.objects.get().is_late
    client.force_login(people.clerk)
    page = client.get(reverse("assessment_rounds:round", args=[round_.pk])).content.decode()
    assert "（逾期）" in page


@pytest.mark.django_db
def test_a_bad_attachment_is_refused_and_the_text_is_kept(client, people):
    from django.core.files.uploadedfile import SimpleUploadedFile

    round_ = make_round(sections=[people.section_a])
    services.issue_notice(round_, people.clerk)
    client.force_login(people.a.head)
    upload = SimpleUploadedFile("run.exe", b"MZ", content_type="application/octet-stream")
    response = client.post(reverse("assessment_rounds:self_check", args=[round_.pk, people.section_a.pk]),
                           {"text": "自查情况 keepme", "attachment": upload})
    page = response.content.decode()
    assert response.status_code == 200 and "附件只能是 PDF、Word、Excel、图片或 ZIP 文件。" in page
    assert "自查情况 keepme" in page
    assert not SelfCheckReport.objects.exists()
