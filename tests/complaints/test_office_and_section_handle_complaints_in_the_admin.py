"""The office assigns a complaint to a section, the section (or the office) replies, the office
closes it; every change is made through the admin's actions and kept in the history with who and
when; a section sees only the complaints assigned to it."""

import pytest
from django.urls import reverse

from complaints.models import Complaint, ComplaintState

from .factories import ComplaintFactory

pytestmark = pytest.mark.django_db
INDEX = reverse("complaints_complaint_modeladmin_index")
XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}  # Wagtail answers a refusal with 403, not a redirect


def inspect(complaint):
    return reverse("complaints_complaint_modeladmin_inspect", args=[complaint.pk])


def act(complaint, operation):
    return reverse("complaints_admin:act", args=[complaint.pk, operation])


def test_the_whole_handling_through_the_admin(client, staff):
    complaint = ComplaintFactory(content="公开目录中的文件链接失效 linkkestrel")
    client.force_login(staff.office_clerk)
    assert "linkkestrel" in client.get(inspect(complaint)).content.decode()
    response = client.post(act(complaint, "assign"), {"section": staff.section.pk, "note": "请核实"})
    assert response.status_code == 302
    complaint.refresh_from_db()
    assert complaint.state == ComplaintState.HANDLING and complaint.section == staff.section

    client.force_login(staff.drafter)
    assert client.get(act(complaint, "assign"), **XHR).status_code == 403  # assignment is the office's
    html = client.get(inspect(complaint)).content.decode()
    assert "linkkestrel" in html and act(complaint, "reply") in html
    response = client.post(act(complaint, "reply"), {"reply": ""})
    assert "请填写答复内容。" in response.content.decode()
    client.post(act(complaint, "reply"), {"reply": "链接已修复，感谢您的监督。"})
    complaint.refresh_from_db()
    assert complaint.state == ComplaintState.REPLIED and complaint.replied_by == staff.drafter
    assert client.get(act(complaint, "close"), **XHR).status_code == 403  # closing is the office's

    client.force_login(staff.office_clerk)
    client.post(act(complaint, "close"), {"note": "已答复，办结。"})
    complaint.refresh_from_db()
    assert complaint.state == ComplaintState.CLOSED and complaint.closed_at is not None
    history = list(complaint.history.order_by("history_date", "history_id"))
    assert [h.state for h in history] == ["submitted", "handling", "replied", "closed"]
    assert [h.history_user for h in history[1:]] == [staff.office_clerk, staff.drafter, staff.office_clerk]
    assert history[1].history_change_reason == "分办至数据资源科：请核实"
    html = client.get(inspect(complaint)).content.decode()
    assert "分办至数据资源科" in html and "办结：已答复，办结。" in html


def test_the_office_may_reply_without_assigning(client, staff):
    complaint = ComplaintFactory()
    client.force_login(staff.office_clerk)
    client.post(act(complaint, "reply"), {"reply": "已转相关科室处理并答复。"})
    complaint.refresh_from_db()
    assert complaint.state == ComplaintState.REPLIED


def test_an_action_out_of_order_is_refused(client, staff):
    complaint = ComplaintFactory()
    client.force_login(staff.office_clerk)
    assert client.post(act(complaint, "close"), {"note": ""}, **XHR).status_code == 403
    assert client.get(act(complaint, "delete")).status_code == 404
    complaint.refresh_from_db()
    assert complaint.state == ComplaintState.SUBMITTED


def test_a_section_sees_only_its_own_complaints(client, staff):
    ours = ComplaintFactory(section=staff.section, state=ComplaintState.HANDLING, content="ourkestrel")
    theirs = ComplaintFactory(section=staff.other_section, state=ComplaintState.HANDLING)
    ComplaintFactory()  # not assigned yet: the office's
    client.force_login(staff.head)
    html = client.get(INDEX).content.decode()
    assert ours.tracking_number in html and theirs.tracking_number not in html
    assert client.get(inspect(theirs), **XHR).status_code == 403
    assert client.post(act(theirs, "reply"), {"reply": "越权答复"}, **XHR).status_code == 403
    assert Complaint.objects.get(pk=theirs.pk).state == ComplaintState.HANDLING
    client.force_login(staff.office_clerk)
    assert client.get(INDEX).context["paginator"].count == 3


def test_list_filters(client, staff):
    ComplaintFactory(kind="correction", section=staff.section, state=ComplaintState.HANDLING)
    ComplaintFactory(kind="report")
    client.force_login(staff.office_clerk)
    for query, count in [("kind__exact=correction", 1), ("state__exact=submitted", 1),
                         (f"section__id__exact={staff.section.pk}", 1), ("late=open", 2),
                         ("year=2001", 0)]:
        response = client.get(f"{INDEX}?{query}")
        assert response.status_code == 200 and response.context["paginator"].count == count, query


def test_a_reply_sent_earlier_is_registered_with_its_time(staff):
    import datetime

    from django.core.exceptions import ValidationError
    from django.utils import timezone

    from complaints import transitions

    complaint = ComplaintFactory(submitted_at=timezone.now() - datetime.timedelta(days=3))
    with pytest.raises(ValidationError, match="办理时间须在提交时间之后、现在之前"):
        transitions.transition(complaint, ComplaintState.REPLIED, staff.office_clerk, reply="已答复",
                               at=timezone.now() + datetime.timedelta(hours=1))
    sent = timezone.now() - datetime.timedelta(days=1)
    complaint = transitions.transition(complaint, ComplaintState.REPLIED, staff.office_clerk, reply="已书面答复", at=sent)
    assert complaint.replied_at == sent and complaint.history.get(state="replied").history_date == sent
