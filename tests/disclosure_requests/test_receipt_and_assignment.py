"""条例 第三十一条: an online request counts as received on the day the office confirms it, not on
submission. The general office confirms receipt and assigns the handling section."""

import datetime

import pytest
from django.utils import timezone

from disclosure_requests.models import DisclosureRequest, State

from .factories import DisclosureRequestFactory, action_url, denied, inspect_url

pytestmark = pytest.mark.django_db


def test_receipt_confirmation_sets_the_date_of_receipt_and_assigns(client, staff, as_user, on_day):
    r = DisclosureRequestFactory()  # submitted today, online
    today = on_day(datetime.date(2026, 11, 30))
    DisclosureRequest.objects.filter(pk=r.pk).update(
        submitted_at=datetime.datetime(2026, 11, 27, 22, 0, tzinfo=datetime.UTC))  # Saturday morning in Beijing
    as_user(staff.office_clerk)
    response = client.post(action_url(r, "confirm_receipt"),
                           {"received_on": today.isoformat(), "section": staff.section.pk})
    assert response.status_code == 302 and response["Location"] == inspect_url(r)
    r.refresh_from_db()
    assert r.state == State.RECEIVED
    assert r.received_on == today and r.clock_started_on == today
    assert r.handling_section == staff.section
    assert [e.kind for e in r.events.all()] == ["receipt_confirmed", "assigned"]
    event = r.events.first()
    assert event.actor == staff.office_clerk and event.from_state == State.SUBMITTED
    assert r.letters.get().kind == "receipt"


def test_receipt_date_cannot_precede_submission(client, staff, as_user, on_day):
    on_day(datetime.date(2026, 11, 30))
    r = DisclosureRequestFactory()
    DisclosureRequest.objects.filter(pk=r.pk).update(
        submitted_at=datetime.datetime(2026, 11, 27, 2, 0, tzinfo=datetime.UTC))
    as_user(staff.office_clerk)
    response = client.post(action_url(r, "confirm_receipt"), {"received_on": "2026-11-26"})
    assert "确认受理日期不能早于提交日期。" in response.content.decode()
    r.refresh_from_db()
    assert r.state == State.SUBMITTED and r.received_on is None


def test_only_the_general_office_confirms_receipt(client, staff, as_user):
    r = DisclosureRequestFactory(handling_section=staff.section)
    as_user(staff.drafter)
    response = client.post(action_url(r, "confirm_receipt"), {"received_on": timezone.localdate().isoformat()})
    assert denied(response)
    r.refresh_from_db()
    assert r.state == State.SUBMITTED


def test_reassignment_records_who_and_why(client, staff, received, as_user):
    as_user(staff.office_head)
    client.post(action_url(received, "assign"), {"section": staff.other_section.pk, "reason": "属规划建设科职责"})
    received.refresh_from_db()
    assert received.handling_section == staff.other_section
    event = received.events.get(kind="assigned")
    assert event.actor == staff.office_head and event.reason == "属规划建设科职责"
    assert event.data == {"section": "规划建设科", "previous": "数据资源科"}


def test_staff_register_a_paper_request_with_its_receipt_date(client, staff, as_user, on_day):
    from django.urls import reverse

    from .factories import form_data

    on_day(datetime.date(2026, 11, 30))
    as_user(staff.office_clerk)
    data = {**form_data(), "register-channel": "post", "register-received_on": "2026-11-27",
            "register-handling_section": staff.section.pk}
    response = client.post(reverse("disclosure_requests_admin:register"), data)
    r = DisclosureRequest.objects.get()
    assert response.status_code == 302
    assert r.channel == "post" and r.received_on == datetime.date(2026, 11, 27)
    assert r.state == State.RECEIVED and r.handling_section == staff.section
    assert [e.kind for e in r.events.all()] == ["registered", "receipt_confirmed", "assigned"]
