"""The demo (``manage.py load_demo``) shows the rule at work: cases in different states, a 重大 case past
its limit on the leader's and the section's dashboards, a patrol log with a missed working day, and a
live 回应关切 page linked to its case."""

import pytest
from django.core.management import call_command
from django.http import HttpRequest

from operations.demo.people import DEMO_PASSWORD
from public_opinion.models import OpinionCase, ResponsePage, State
from public_opinion.patrols import missed_days

pytestmark = pytest.mark.django_db


def test_demo_holds_cases_patrols_and_a_live_response(client, capsys):
    call_command("load_demo", items=20)
    capsys.readouterr()
    states = set(OpinionCase.objects.values_list("state", flat=True))
    assert {State.FOUND, State.VERIFYING, State.ASSESSING, State.CLOSED} <= states
    response = ResponsePage.objects.get(live=True)
    assert response.case.responded_at == response.last_published_at and response.case.state == State.CLOSED
    assert len(missed_days()) == 1

    assert client.get("/hygq/").status_code == 200 and response.title in client.get("/hygq/").content.decode()
    for username in ("leader", "head", "office"):
        assert client.login(request=HttpRequest(), username=username, password=DEMO_PASSWORD)
        html = client.get("/admin/").content.decode()
        assert "自媒体称“全市政务数据泄露”" in html and "未按时报送" in html, username
    client.login(request=HttpRequest(), username="drafter2", password=DEMO_PASSWORD)  # another section
    assert "自媒体称“全市政务数据泄露”" not in client.get("/admin/").content.decode()
