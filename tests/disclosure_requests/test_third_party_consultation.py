"""依申请公开 第四条 / 条例 第三十二条: written consultation; reply agree, disagree or none in 15
working days; an objection forbids disclosure unless overridden for the public interest with written
reasons and a written notice to the third party."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from disclosure_requests import services
from disclosure_requests.models import ConsultationReply, State

from .factories import action_url, give_opinion

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def consultation(staff, received, on_day):
    on_day(D(2026, 11, 3))
    return services.start_consultation(received, staff.drafter, "某科技公司", "该公司报送的数据接口说明",
                                       party_contact="中卫市某路2号")


def test_written_letters_to_third_party_and_applicant(consultation, received):
    letter = received.letters.get(kind="consultation")
    assert letter.recipient == "某科技公司" and not letter.to_applicant
    assert "15个工作日" in letter.body
    notice = received.letters.get(kind="consultation_notice")
    assert notice.to_applicant and "不计算在答复期限内" in notice.body


def test_no_reply_only_after_fifteen_working_days(staff, consultation, on_day):
    on_day(D(2026, 11, 24))  # 11-03 + 15 working days = 11-24
    with pytest.raises(ValidationError, match="尚未届满"):
        services.record_consultation_reply(consultation, staff.drafter, ConsultationReply.NO_REPLY)
    on_day(D(2026, 11, 25))
    services.record_consultation_reply(consultation, staff.drafter, ConsultationReply.NO_REPLY)
    consultation.refresh_from_db()
    assert consultation.reply == ConsultationReply.NO_REPLY


def test_objection_needs_grounds_and_forbids_disclosure(client, staff, received, consultation, as_user, on_day):
    on_day(D(2026, 11, 6))
    with pytest.raises(ValidationError):
        services.record_consultation_reply(consultation, staff.drafter, ConsultationReply.DISAGREE)
    services.record_consultation_reply(consultation, staff.drafter, ConsultationReply.DISAGREE,
                                       reply_text="涉及商业秘密")
    received.refresh_from_db()
    assert received.state == State.RECEIVED
    as_user(staff.drafter)
    response = client.post(action_url(received, "answer"), {"answer_kind": "disclose", "outcome": "disclosed",
                                                            "answer_content": "见附件"})
    assert "不同意公开，不得公开" in response.content.decode()
    received.refresh_from_db()
    assert received.state == State.RECEIVED


def test_public_interest_override_needs_reasons_and_notice(client, staff, received, consultation, as_user, on_day):
    on_day(D(2026, 11, 6))
    services.record_consultation_reply(consultation, staff.drafter, ConsultationReply.DISAGREE, reply_text="商业秘密")
    as_user(staff.drafter)
    response = client.post(action_url(received, "override_objection"),
                           {"consultation": consultation.pk, "reasons": "", "notified_on": "2026-11-06"})
    assert response.status_code == 200
    consultation.refresh_from_db()
    assert not consultation.is_overridden
    client.post(action_url(received, "override_objection"),
                {"consultation": consultation.pk, "reasons": "涉及公共安全，不公开将对公共利益造成重大影响",
                 "notified_on": "2026-11-06"})
    consultation.refresh_from_db()
    assert consultation.is_overridden and consultation.override_by == staff.drafter
    notice = received.letters.get(kind="override_notice")
    assert notice.recipient == "某科技公司" and "涉及公共安全" in notice.body
    client.post(action_url(received, "answer"), {"answer_kind": "disclose", "outcome": "disclosed",
                                                 "answer_content": "见附件"})
    for user in staff.release_team:
        give_opinion(client, user, received)
    received.refresh_from_db()
    assert received.state == State.ANSWERED


def test_override_only_against_an_objection(staff, consultation, on_day):
    with pytest.raises(ValidationError, match="不同意公开时"):
        services.override_objection(consultation, staff.drafter, "理由")


def test_other_agency_is_told_that_silence_is_consent(staff, received, on_day):
    on_day(D(2026, 11, 3))
    services.start_consultation(received, staff.drafter, "中卫市数据局", "联合制作的目录", kind="other_agency")
    letter = received.letters.get(kind="consultation")
    assert "视为同意公开" in letter.body and "第三十四条" in letter.body
