"""保密审查 第五条 on requests: the office's reviewer gets the scan of pages on the released text and on
each released file, and states the checking result before agreeing."""

import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from disclosure_requests import release_review, services
from disclosure_requests.models import ReleaseOpinion

from .conftest import login
from .factories import inspect_url

pytestmark = pytest.mark.django_db
VALID_ID = "11010519491231002X"  # GB 11643 example number


def docx_with(text):
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return SimpleUploadedFile("名单.docx", buffer.getvalue())


@pytest.fixture
def flagged(staff, received, on_day):
    on_day(datetime.date(2026, 11, 10))
    services.answer(received, staff.drafter, answer_kind="disclose", outcome="disclosed",
                    answer_content=f"联系人身份证号{VALID_ID}。",
                    files=[docx_with("经办人手机13912345678"), SimpleUploadedFile("扫描件.png", b"\x89PNG\r\n\x1a\nxx")])
    proposal = release_review.current_proposal(received)
    services.give_release_opinion(proposal, staff.drafter, "approved", "同意")
    services.give_release_opinion(proposal, staff.head, "approved", "同意")
    return proposal


def test_findings_in_text_and_files_are_shown_to_the_reviewer(client, staff, flagged, received):
    assert [(f["label"], f["place"]) for f in flagged.findings] == [
        ("居民身份证号码", "答复内容"), ("手机号码", "文件《名单.docx》"), ("未能自动检查", "文件《扫描件.png》")]
    html = login(client, staff.reviewer).get(inspect_url(received)).content.decode()
    assert "居民身份证号码（答复内容）" in html and "手机号码（文件《名单.docx》）" in html
    assert "未能自动检查（文件《扫描件.png》）" in html
    assert VALID_ID not in html.split("敏感信息提示", 1)[1].split("审查意见", 1)[0]  # masked in the excerpt


def test_reviewer_agrees_only_with_a_checking_result(staff, flagged):
    with pytest.raises(ValidationError, match="写明核对结论"):
        services.give_release_opinion(flagged, staff.reviewer, "approved", "")
    services.give_release_opinion(flagged, staff.reviewer, "approved", "身份证号为申请人本人的，已核对可提供")
    assert ReleaseOpinion.objects.filter(proposal=flagged, step=3).exists()


def test_a_clean_answer_needs_no_result(staff, proposed):
    assert proposed.findings == []
    for user in staff.release_team[:3]:
        services.give_release_opinion(proposed, user, "approved", "")
    assert ReleaseOpinion.objects.filter(proposal=proposed).count() == 3
