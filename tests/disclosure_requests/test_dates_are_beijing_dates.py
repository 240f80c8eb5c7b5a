"""Dates in Beijing time: a request that arrives between 16:00 and 24:00 UTC arrives on the next day
in Beijing; its tracking number, the month its files are filed under, its history and its letters
say so."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from disclosure_requests.letters import compose_termination
from disclosure_requests.models import DisclosureRequest, RequestAttachment

from .factories import DisclosureRequestFactory, form_data

pytestmark = pytest.mark.django_db

# 2026-03-31 17:30 UTC is 2026-04-01 01:30 in Beijing: a new day and a new month.
MONTH_END_IN_UTC = datetime.datetime(2026, 3, 31, 17, 30, tzinfo=datetime.UTC)


def test_an_online_request_is_numbered_and_filed_on_its_beijing_day(client, portal, time_machine):
    time_machine.move_to(MONTH_END_IN_UTC, tick=False)
    upload = SimpleUploadedFile("身份证明.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    client.post(reverse("disclosure_requests:apply"), {**form_data(), "request-attachments": [upload]})

    r = DisclosureRequest.objects.get()
    assert r.tracking_number.startswith("YSQ20260401-")
    assert RequestAttachment.objects.get().file.name.startswith("2026/04/")
    assert str(r.events.first()).endswith("2026-04-01 01:30")


def test_a_letter_opens_with_the_beijing_day_of_submission(portal, time_machine):
    time_machine.move_to(MONTH_END_IN_UTC, tick=False)
    r = DisclosureRequestFactory()  # submitted now, receipt not yet confirmed

    _title, body = compose_termination(r, "申请人撤回申请。")
    assert "本机关于2026年4月1日收到您提出的政府信息公开申请" in body[0]
