"""The demo (``manage.py load_demo``) shows complaints of every kind and state over the last full year
and recent weeks, some evaluated, one past its 承诺时限 on the office's dashboard, and a citizen's
status page opened with the documented codes."""

import pytest
import time_machine
from django.core.management import call_command
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from complaints import deadlines
from complaints.models import Complaint, ComplaintKind, ComplaintState
from complaints.statistics import section_complaints
from operations.demo.complaints import DEMO_QUERY_CODE, DEMO_TRACKING_NUMBER
from operations.demo.people import DEMO_PASSWORD
from organisation.models import Section

pytestmark = pytest.mark.django_db


@time_machine.travel("2026-06-15 10:00 +08:00")  # recent complaints all in this year, whatever the real date
def test_demo_holds_complaints_of_every_kind_and_state(client, capsys):
    call_command("load_demo", items=20)
    capsys.readouterr()
    complaints = Complaint.objects.all()
    assert complaints.count() == 6
    assert set(complaints.values_list("kind", flat=True)) == set(ComplaintKind.values)
    assert set(complaints.values_list("state", flat=True)) == set(ComplaintState.values)
    assert complaints.exclude(satisfaction="").count() == 3
    assert complaints.filter(deadlines.overdue_now()).count() == 1
    last_year = timezone.localdate().year - 1
    figures = section_complaints(Section.objects.get(code="dsj"), last_year)
    assert (figures["received"].count, figures["replied_on_time"].count, figures["satisfied"].count) == (2, 2, 1)

    assert client.login(request=HttpRequest(), username="office", password=DEMO_PASSWORD)
    assert 'id="complaints-overdue">1 件' in client.get("/admin/").content.decode()
    client.logout()
    response = client.post(reverse("complaints:lookup"), {"tracking_number": DEMO_TRACKING_NUMBER,
                                                          "query_code": DEMO_QUERY_CODE}, follow=True)
    assert "已答复" in response.content.decode() and "评价答复" in response.content.decode()
