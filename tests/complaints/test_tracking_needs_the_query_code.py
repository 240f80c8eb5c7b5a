"""The citizen follows a complaint with its tracking number and query code; without both, nothing of
it is shown, and another citizen's status page answers 404."""

import pytest
from django.urls import reverse

from .factories import QUERY_CODE, ComplaintFactory

pytestmark = pytest.mark.django_db
LOOKUP = reverse("complaints:lookup")


def status_url(complaint):
    return reverse("complaints:status", args=[complaint.tracking_number])


def test_the_right_codes_open_the_status_page(client, portal):
    complaint = ComplaintFactory(content="答复超期未收到 mycomplaint")
    response = client.post(LOOKUP, {"tracking_number": complaint.tracking_number.lower(),
                                    "query_code": QUERY_CODE.lower()}, follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == status_url(complaint)
    assert "mycomplaint" in html and "待受理" in html and f"{complaint.reply_due_on:%Y-%m-%d}" in html


@pytest.mark.parametrize("codes", [("wrong", QUERY_CODE), (None, "WRONG234"), (None, "")])
def test_wrong_codes_get_one_answer(client, portal, codes):
    complaint = ComplaintFactory(content="答复超期未收到 mycomplaint")
    number, code = codes
    response = client.post(LOOKUP, {"tracking_number": number or complaint.tracking_number, "query_code": code})
    html = response.content.decode()
    assert response.status_code == 200 and "mycomplaint" not in html
    assert ("查询编号或查询码不正确" in html) or ("请填写查询码。" in html)
    assert client.get(status_url(complaint)).status_code == 404


def test_another_citizens_status_page_is_not_shown(client, portal):
    mine, theirs = ComplaintFactory(), ComplaintFactory(content="他人的投诉 theircomplaint")
    client.post(LOOKUP, {"tracking_number": mine.tracking_number, "query_code": QUERY_CODE})
    assert client.get(status_url(mine)).status_code == 200
    response = client.get(status_url(theirs))
    assert response.status_code == 404 and "theircomplaint" not in response.content.decode()
    assert client.get(reverse("complaints:status", args=["JDJB-NOSUCH"])).status_code == 404


def test_the_reply_is_shown_escaped(client, portal):
    complaint = ComplaintFactory(state="replied", reply="<b>已更正</b>", content="<script>x()</script>")
    complaint.replied_at = complaint.submitted_at
    complaint.save()
    html = client.post(LOOKUP, {"tracking_number": complaint.tracking_number, "query_code": QUERY_CODE},
                       follow=True).content.decode()
    assert "&lt;b&gt;已更正&lt;/b&gt;" in html and "<script>x()" not in html
