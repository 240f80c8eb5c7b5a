"""表四: the general office enters a review or lawsuit from the request's page, by its 受理编号, corrects it
when the decision comes, and every change is kept and shown on the case's page. Bad input gets a Chinese
message and keeps what was typed."""

import datetime

import pytest
from django.urls import reverse

from disclosure_requests.models import LegalChallenge

from .factories import DisclosureRequestFactory, inspect_url

pytestmark = pytest.mark.django_db

ADD = "disclosure_requests_legalchallenge_modeladmin_create"


def url(name, *args):
    return reverse(f"disclosure_requests_legalchallenge_modeladmin_{name}", args=args)


def form(received, **overrides):
    data = {"request": received.tracking_number, "kind": "review", "filed_on": "2026-11-20", "case_number":
            "卫政复〔2026〕3号", "authority": "中卫市人民政府", "result": "pending", "decided_on": "", "note": ""}
    data.update(overrides)
    return data


def test_office_adds_a_case_from_the_requests_page(client, staff, received, as_user):
    as_user(staff.office_clerk)
    page = client.get(inspect_url(received)).content.decode()
    assert "本申请没有行政复议或行政诉讼" in page
    add_url = f"{reverse(ADD)}?request={received.tracking_number}"
    assert add_url in page
    response = client.get(add_url)
    assert response.status_code == 200 and f'value="{received.tracking_number}"' in response.content.decode()

    response = client.post(reverse(ADD), form(received, request=f" {received.tracking_number.lower()} "))
    challenge = LegalChallenge.objects.get()
    assert response.status_code == 302 and response["Location"] == url("inspect", challenge.pk)
    assert challenge.request == received and challenge.created_by == staff.office_clerk
    page = client.get(inspect_url(received)).content.decode()
    assert "卫政复〔2026〕3号" in page and "2026-11-20 立案，尚未审结" in page


def test_office_records_the_decision_and_the_history_shows_both(client, staff, received, as_user):
    as_user(staff.office_head)
    client.post(reverse(ADD), form(received))
    challenge = LegalChallenge.objects.get()
    edit = client.get(url("edit", challenge.pk)).content.decode()
    assert f'value="{received.tracking_number}"' in edit
    response = client.post(url("edit", challenge.pk), form(received, result="corrected", decided_on="2026-11-25"))
    assert response.status_code == 302
    challenge.refresh_from_db()
    assert challenge.result == "corrected" and challenge.decided_on == datetime.date(2026, 11, 25)
    page = client.get(url("inspect", challenge.pk)).content.decode()
    history = page.split('id="history"')[1]
    assert history.count("office_head") == 2 and "登记" in history and "修改" in history
    assert "尚未审结" in history and "结果纠正" in history and "2026-11-25" in history


def test_bad_input_is_explained_and_kept(client, staff, received, as_user):
    as_user(staff.office_clerk)
    response = client.post(reverse(ADD), form(received, request="YSQ19990101-NOPE00", case_number="保留的案号"))
    body = response.content.decode()
    assert response.status_code == 200 and "没有这个受理编号的申请，请核对后重新填写。" in body and "保留的案号" in body
    response = client.post(reverse(ADD), form(received, result="upheld"))
    body = response.content.decode()
    assert "结果为“结果维持”时须填写审结日期。" in body and "卫政复〔2026〕3号" in body
    response = client.post(reverse(ADD), form(received, filed_on="2026-10-01"))
    assert "立案日期不能早于该申请的收到日期（2026年11月2日）。" in response.content.decode()
    assert not LegalChallenge.objects.exists()


def test_cases_are_listed_for_the_office(client, staff, received, as_user):
    other = DisclosureRequestFactory(received_on=datetime.date(2026, 11, 3), handling_section=staff.other_section)
    as_user(staff.office_clerk)
    client.post(reverse(ADD), form(received, case_number="卫政复〔2026〕3号"))
    client.post(reverse(ADD), form(other, kind="direct_litigation", case_number="（2026）宁0502行初7号"))
    listing = client.get(url("index")).content.decode()
    assert "卫政复〔2026〕3号" in listing and "（2026）宁0502行初7号" in listing
    listing = client.get(url("index") + "?kind__exact=direct_litigation").content.decode()
    assert "卫政复〔2026〕3号" not in listing and "（2026）宁0502行初7号" in listing
