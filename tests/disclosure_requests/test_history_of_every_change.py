"""django-simple-history keeps every version of a request, applicant, consultation and fee, with who."""

import datetime

import pytest

from disclosure_requests import services
from disclosure_requests.models import ConsultationReply, DisclosureRequest

from .factories import action_url, form_data, release

pytestmark = pytest.mark.django_db
D = datetime.date


def test_each_service_step_adds_a_history_record_with_the_user(staff, received, on_day):
    on_day(D(2026, 11, 4))
    start = received.history.count()
    services.assign(received, staff.office_clerk, staff.section, "分办")
    c = services.start_consultation(received, staff.drafter, "某公司", "x")
    services.record_consultation_reply(c, staff.drafter, ConsultationReply.AGREE)
    services.approve_extension(received, staff.head, 5, "x")
    release(received, staff, answer_kind="disclose", outcome="disclosed", answer_content="x")
    services.close(received, staff.drafter)
    records = list(received.history.order_by("history_id"))[start:]
    # The leader's approval issues an answer that releases information (保密审查 第六条).
    assert [h.history_user for h in records] == [staff.office_clerk, staff.drafter, staff.drafter, staff.head,
                                                 staff.leader, staff.drafter]
    assert [h.state for h in records] == ["received", "consulting", "received", "received", "answered", "closed"]
    assert c.history.count() == 2 and c.history.first().history_user == staff.drafter


def test_admin_changes_are_recorded_with_the_request_user(client, staff, received, as_user, on_day):
    on_day(D(2026, 11, 4))
    as_user(staff.drafter)
    client.post(action_url(received, "request_amendment"), {"items": "请写明年度", "deadline": "2026-11-20"})
    latest = received.history.latest()
    assert latest.history_user == staff.drafter and latest.state == "amendment_requested"
    assert latest.amendment_items == "请写明年度"


def test_submission_records_applicant_and_request_history(client, portal):
    from django.urls import reverse

    client.post(reverse("disclosure_requests:apply"), form_data())
    r = DisclosureRequest.objects.get()
    assert r.history.count() == 1 and r.history.get().history_type == "+"
    assert r.applicant.history.count() == 1
