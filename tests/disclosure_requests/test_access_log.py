"""Every view or export of a request's personal data is logged (Wagtail's audit log records no views)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from disclosure_requests import services
from disclosure_requests.models import AccessLogEntry, RequestAttachment

from .factories import DisclosureRequestFactory, inspect_url

pytestmark = pytest.mark.django_db


def test_opening_a_request_is_logged(client, staff, received, as_user):
    as_user(staff.drafter)
    client.get(inspect_url(received))
    client.get(inspect_url(received))
    entries = list(received.access_log.all())
    assert [(e.user, e.action) for e in entries] == [(staff.drafter, "view")] * 2


def test_export_logs_each_exported_request(client, staff, received, as_user):
    other = DisclosureRequestFactory(handling_section=staff.section)
    as_user(staff.head)
    client.get(reverse("disclosure_requests_admin:export"))
    assert set(AccessLogEntry.objects.filter(action="export").values_list("request_id", flat=True)) == {
        received.pk, other.pk}
    assert set(AccessLogEntry.objects.values_list("user_id", flat=True)) == {staff.head.pk}


def test_attachment_and_letter_views_are_logged(client, staff, received, as_user, on_day):
    import datetime

    on_day(datetime.date(2026, 11, 10))
    attachment = RequestAttachment.objects.create(
        request=received, file=SimpleUploadedFile("a.pdf", b"%PDF-1"), original_name="a.pdf",
        content_type="application/pdf", size=6)
    services.answer(received, staff.drafter, answer_kind="withhold", outcome="withheld_process",
                    answer_basis="《条例》第十六条", answer_reasons="过程稿")
    letter = received.letters.get()
    as_user(staff.drafter)
    client.get(reverse("disclosure_requests_admin:attachment", args=[received.pk, attachment.pk]))
    client.get(reverse("disclosure_requests_admin:letter", args=[received.pk, letter.pk]))
    assert list(received.access_log.order_by("pk").values_list("action", flat=True)) == ["attachment", "letter"]


def test_refused_access_is_not_logged_as_a_view(client, staff, received, as_user):
    as_user(staff.outsider)
    client.get(inspect_url(received))
    assert not AccessLogEntry.objects.exists()


def test_list_view_of_masked_data_does_not_need_a_log_entry(client, staff, received, as_user):
    from .factories import index_url

    as_user(staff.drafter)
    client.get(index_url())
    assert not AccessLogEntry.objects.exists()
