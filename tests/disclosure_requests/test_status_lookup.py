"""The applicant's status page: tracking number + query code, one answer for any mismatch."""

import datetime

import pytest
from django.urls import reverse

from disclosure_requests import services

from .factories import DisclosureRequestFactory, release

pytestmark = pytest.mark.django_db
STATUS = reverse("disclosure_requests:status")


@pytest.fixture
def answered(staff, on_day):
    on_day(datetime.date(2026, 11, 10))
    r = DisclosureRequestFactory(received_on=datetime.date(2026, 11, 2), handling_section=staff.section)
    return release(r, staff, answer_kind="disclose", outcome="disclosed",
                   answer_content="见附件《2025年政务数据共享目录》。")


def test_right_codes_show_state_deadline_and_letters(client, staff, received, on_day):
    on_day(datetime.date(2026, 11, 5))
    response = client.post(STATUS, {"tracking_number": received.tracking_number, "query_code": "code2345"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "办理中" in html
    assert "2026-11-30 到期" in html  # Monday 11-02 + 20 working days


def test_letters_are_listed_and_open_only_in_that_session(client, answered):
    response = client.post(STATUS, {"tracking_number": answered.tracking_number, "query_code": "CODE2345"})
    letter = answered.letters.get()
    assert letter.title in response.content.decode()
    url = reverse("disclosure_requests:letter", args=[letter.number])
    assert client.get(url).status_code == 200
    pdf = client.get(reverse("disclosure_requests:letter_pdf", args=[letter.number]))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    from django.test import Client

    assert Client().get(url).status_code == 404  # another browser, no codes entered


@pytest.mark.parametrize(
    "data",
    [
        {"query_code": "WRONG234"},
        {"tracking_number": "YSQ20990101-ZZZZZZ"},
    ],
)
def test_wrong_codes_give_the_same_answer(client, received, data):
    payload = {"tracking_number": received.tracking_number, "query_code": "CODE2345", **data}
    response = client.post(STATUS, payload)
    html = response.content.decode()
    assert "受理编号或查询码不正确，请核对后重新输入。" in html
    assert received.information_name not in html
    assert response.context["disclosure_request"] is None


def test_lookup_compares_in_constant_time(received, monkeypatch):
    calls = []
    import hmac

    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr("disclosure_requests.services.hmac.compare_digest", spy)
    assert services.find_by_codes("YSQ20990101-ZZZZZZ", "CODE2345") is None  # unknown number: still compared
    assert services.find_by_codes(received.tracking_number, "CODE2345") == received
    assert len(calls) == 2


def test_no_personal_data_on_the_status_page(client, received):
    html = client.post(STATUS, {"tracking_number": received.tracking_number, "query_code": "CODE2345"}).content.decode()
    assert received.applicant.id_number not in html
    assert received.applicant.phone not in html
