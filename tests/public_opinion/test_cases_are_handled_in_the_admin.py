"""舆情回应制度 第二至四条 as the section meets them in the admin: register a case, verify it, assess it,
report it, and see every step in the case's record; a wrong step gets a clear message and loses nothing."""

import pytest
from django.urls import reverse
from django.utils import timezone

from public_opinion.models import OpinionCase, State

pytestmark = pytest.mark.django_db


def act(client, case, operation, data):
    return client.post(reverse("public_opinion_admin:act", args=[case.pk, operation]), data)


def test_a_section_registers_and_handles_a_case(client, opinion):
    client.force_login(opinion.a.drafter)
    now = timezone.localtime().strftime("%Y-%m-%d %H:%M")
    response = client.post(reverse("public_opinion_opinioncase_modeladmin_create"), {
        "title": "网民称政务云将停机", "source": "online", "first_seen_at": now, "link": "https://weibo.example/1",
        "captured_quote": "听说下周政务云停机", "summary": "网民转发停机传言", "kind": "rumour", "severity": "ordinary",
        "sections": [opinion.section_a.pk],
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    case = OpinionCase.objects.get(title="网民称政务云将停机")
    assert case.created_by == opinion.a.drafter and case.state == State.FOUND

    assert act(client, case, "advance", {"note": ""}).status_code == 302
    response = act(client, case, "advance", {"note": ""})  # to 研判 without verification
    assert response.status_code == 200 and "请先登记核实情况" in response.content.decode()
    assert act(client, case, "verify", {"verified_with": "12345政府热线", "text": "热线无相关停机工单。"}).status_code == 302
    assert act(client, case, "advance", {"note": ""}).status_code == 302
    assert act(client, case, "assess", {"note": "谣言，影响较小，由大数据科回应。"}).status_code == 302
    assert act(client, case, "report", {"recipient": "leader_in_charge", "method": "phone", "reported_at": now,
                                        "note": "电话报告"}).status_code == 302
    case.refresh_from_db()
    assert case.state == State.REPORTING and case.assessment.startswith("谣言")

    html = client.get(reverse("public_opinion_opinioncase_modeladmin_inspect", args=[case.pk])).content.decode()
    for text in ("核实 → 研判", "研判 → 报送", "登记核实：12345政府热线", "报送：分管领导", "电话报告"):
        assert text in html, text


def test_the_section_cannot_register_a_case_for_another_section(client, opinion):
    client.force_login(opinion.a.drafter)
    response = client.post(reverse("public_opinion_opinioncase_modeladmin_create"), {
        "title": "他科舆情", "source": "online", "first_seen_at": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
        "summary": "x", "kind": "doubt", "severity": "ordinary", "sections": [opinion.section_b.pk],
    })
    assert response.status_code == 200 and not OpinionCase.objects.filter(title="他科舆情").exists()


def test_a_closed_case_is_no_longer_edited(client, opinion):
    from public_opinion import transitions

    transitions.close_as_unfounded(opinion.case, opinion.clerk, "误报")
    client.force_login(opinion.a.drafter)
    url = reverse("public_opinion_opinioncase_modeladmin_edit", args=[opinion.case.pk])
    assert client.get(url, HTTP_X_REQUESTED_WITH="XMLHttpRequest").status_code == 403
