"""The confirmation shows the codes with a truthful note about the mail; the status page gives the
date submitted and received, what the state means and the expected answer date."""

import datetime

import pytest
from django.urls import reverse

from .factories import DisclosureRequestFactory, form_data

pytestmark = pytest.mark.django_db
APPLY, DONE, STATUS = (reverse(f"disclosure_requests:{name}") for name in ("apply", "submitted", "status"))


@pytest.mark.parametrize("email, note", [("zhangsan@example.com", "已同时发送到您填写的电子邮箱"),
                                         ("", "您没有填写电子邮箱，受理编号和查询码不会另行发送")])
def test_confirmation_says_truthfully_whether_the_codes_were_mailed(client, portal, email, note, mailoutbox,
                                                                    django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(APPLY, form_data(**{"applicant-email": email})).status_code == 302
    html = client.get(DONE).content.decode()
    assert note in html and "查询码只在本页显示这一次" in html and "打印本页" in html
    assert bool([m for m in mailoutbox if "查询码" in m.body]) == bool(email)


def test_status_page_explains_the_state_and_expected_answer_date(client, portal, on_day):
    on_day(datetime.date(2026, 11, 5))
    received = DisclosureRequestFactory(received_on=datetime.date(2026, 11, 2))
    html = client.post(STATUS, {"tracking_number": received.tracking_number, "query_code": "CODE2345"}).content.decode()
    assert "提交日期</dt><dd>2026-11-02" in html and "收到申请日期</dt><dd id=\"received-on\">2026-11-02" in html
    assert "本机关已收到申请，正在办理" in html and "预计答复日期</dt><dd id=\"deadline\">最迟 2026-11-30" in html


def test_status_of_a_request_not_yet_received_says_when_the_clock_starts(client, portal):
    waiting = DisclosureRequestFactory()
    html = client.post(STATUS, {"tracking_number": waiting.tracking_number, "query_code": "CODE2345"}).content.decode()
    assert "尚未确认收到" in html and "确认收到申请后起算，20个工作日内答复" in html


def test_a_failed_post_lists_each_error_with_a_link_to_its_field(client, portal):
    html = client.post(APPLY, form_data(**{"applicant-name": "", "request-provision_form": None})).content.decode()
    assert "提交未成功，请修改以下 2 处" in html
    assert '<a href="#id_applicant-name">姓名 / 名称：请填写姓名。</a>' in html
    assert '<a href="#id_request-provision_form_0">提供载体：请选择提供载体。</a>' in html
    assert 'name="request-provision_form" value="paper"' in html  # the radios, with no blank one
    assert 'name="request-provision_form" value=""' not in html and 'name="request-access_route" value=""' not in html
