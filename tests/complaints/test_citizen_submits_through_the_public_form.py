"""依申请公开制度 第六条: a citizen files a 举报/投诉/纠错 through the public form, gets a tracking
number and a query code, and is told the 承诺时限; bad input gets a clear Chinese message and loses
nothing; the item page's 纠错 link preselects the item, and only a public one."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from complaints.models import Complaint, ComplaintState
from disclosure_pages.models import Classification, DisclosureDecision
from tests.factories import DisclosureItemPageFactory

from .factories import complaint_form_data

pytestmark = pytest.mark.django_db
FORM = reverse("complaints:form")


def item(portal, **kwargs):
    return DisclosureItemPageFactory(parent=portal.categories["other"], **kwargs)


def test_complaint_is_stored_and_codes_are_shown_once(client, portal):
    response = client.post(FORM, complaint_form_data(), follow=True)
    complaint = Complaint.objects.get()
    html = response.content.decode()
    assert complaint.state == ComplaintState.SUBMITTED and complaint.tracking_number in html
    code = response.context["code"]
    assert len(code) == 8 and code in html and code not in complaint.query_code_hash
    assert complaint.reply_due_on is not None and f"{complaint.reply_due_on:%Y-%m-%d}" in html
    assert client.get(reverse("complaints:submitted")).status_code == 302  # shown once


def test_a_contact_is_required_and_nothing_is_lost(client, portal):
    data = complaint_form_data(phone="", email="", content="网站上的联系电话打不通。")
    response = client.post(FORM, data)
    html = response.content.decode()
    assert response.status_code == 200 and not Complaint.objects.exists()
    assert "请至少填写联系电话或电子邮箱中的一项" in html
    assert "网站上的联系电话打不通。" in html and 'value="李四"' in html


def test_missing_kind_and_content_get_chinese_messages(client, portal):
    response = client.post(FORM, complaint_form_data(kind="", content=""))
    html = response.content.decode()
    assert "请选择类型。" in html and "请填写举报、投诉或纠错的具体内容。" in html
    assert not Complaint.objects.exists()


def test_user_text_is_escaped(client, portal):
    script = "<script>alert(1)</script>"
    response = client.post(FORM, complaint_form_data(content=script, name=script))
    assert response.status_code == 302 or script not in response.content.decode()
    response = client.post(FORM, complaint_form_data(content=script, phone="", email=""))
    assert script not in response.content.decode() and "&lt;script&gt;" in response.content.decode()


def test_the_item_page_links_to_the_form_with_the_item(client, portal):
    page = item(portal, title="关于开放第一批公共数据的通知")
    html = client.get(page.url).content.decode()
    link = f"{FORM}?item={page.pk}"
    assert link in html and ">纠错</a>" in html
    form = client.get(link).content.decode()
    assert "关于开放第一批公共数据的通知" in form and f'value="{page.pk}"' in form
    client.post(FORM, complaint_form_data(kind="correction", item=page.pk))
    assert Complaint.objects.get().item == page


@pytest.mark.parametrize("state", ["draft", "classified", "withheld", "private"])
def test_an_unpublished_item_is_never_preselected_nor_named(client, portal, state):
    kwargs = {"draft": {}, "classified": {"classification": Classification.SECRET},
              "withheld": {"disclosure_decision": DisclosureDecision.WITHHELD}, "private": {}}[state]
    hidden = item(portal, title="未公开的内部通知 hiddenkestrel", live=state == "private", **kwargs)
    if state == "private":
        PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    form = client.get(f"{FORM}?item={hidden.pk}").content.decode()
    assert "hiddenkestrel" not in form and f'value="{hidden.pk}"' not in form
    response = client.post(FORM, complaint_form_data(kind="correction", item=hidden.pk))
    html = response.content.decode()
    assert response.status_code == 200 and "所涉信息不存在或未公开" in html and "hiddenkestrel" not in html
    assert not Complaint.objects.exists()


def test_odd_item_parameters_are_ignored(client, portal):
    for value in ["abc", "999999", "-1", "<b>x</b>"]:
        response = client.get(FORM, {"item": value})
        assert response.status_code == 200 and "纠错的信息" not in response.content.decode()
