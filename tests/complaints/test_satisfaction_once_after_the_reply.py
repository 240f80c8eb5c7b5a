"""群众评价 (考核评议制度 第六条): the citizen answers 满意/基本满意/不满意 with a comment, once, and
only after the reply; the answer is recorded in the complaint's history."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from complaints import transitions
from complaints.models import ComplaintState, Satisfaction

from .factories import QUERY_CODE, ComplaintFactory

pytestmark = pytest.mark.django_db


def open_status(client, complaint):
    client.post(reverse("complaints:lookup"), {"tracking_number": complaint.tracking_number,
                                               "query_code": QUERY_CODE})
    return reverse("complaints:status", args=[complaint.tracking_number])


def replied(**kwargs):
    return ComplaintFactory(state=ComplaintState.REPLIED, reply="已核实并更正。", replied_at=timezone.now(), **kwargs)


def test_no_evaluation_before_the_reply(client, portal):
    complaint = ComplaintFactory(state=ComplaintState.HANDLING)
    url = open_status(client, complaint)
    assert "评价答复" not in client.get(url).content.decode()
    client.post(url, {"satisfaction": "satisfied"})
    complaint.refresh_from_db()
    assert complaint.satisfaction == ""
    with pytest.raises(ValidationError, match="答复之后才能评价"):
        transitions.evaluate(complaint, Satisfaction.SATISFIED)


def test_evaluation_after_the_reply_is_kept_once(client, portal):
    complaint = replied()
    url = open_status(client, complaint)
    assert "评价答复" in client.get(url).content.decode()
    response = client.post(url, {"satisfaction": "basically_satisfied", "comment": "处理及时 <i>谢谢</i>"}, follow=True)
    html = response.content.decode()
    complaint.refresh_from_db()
    assert complaint.satisfaction == Satisfaction.BASICALLY_SATISFIED and complaint.evaluated_at is not None
    assert "基本满意" in html and "&lt;i&gt;谢谢&lt;/i&gt;" in html and "评价答复" not in html
    client.post(url, {"satisfaction": "dissatisfied"})
    complaint.refresh_from_db()
    assert complaint.satisfaction == Satisfaction.BASICALLY_SATISFIED
    with pytest.raises(ValidationError, match="评价只能提交一次"):
        transitions.evaluate(complaint, Satisfaction.DISSATISFIED)
    assert complaint.history.first().history_change_reason == "群众评价：基本满意"


def test_a_closed_complaint_may_still_be_evaluated_once(client, portal):
    complaint = replied()
    complaint.state = ComplaintState.CLOSED
    complaint.save()
    url = open_status(client, complaint)
    client.post(url, {"satisfaction": "dissatisfied", "comment": "答复没有解决问题"})
    complaint.refresh_from_db()
    assert complaint.satisfaction == Satisfaction.DISSATISFIED


def test_a_missing_answer_gets_a_chinese_message(client, portal):
    complaint = replied()
    url = open_status(client, complaint)
    html = client.post(url, {"satisfaction": "", "comment": "保留的意见"}).content.decode()
    assert "请选择满意、基本满意或不满意。" in html and "保留的意见" in html
