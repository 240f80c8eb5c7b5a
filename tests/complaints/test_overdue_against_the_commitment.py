"""承诺时限: the reply is due 15 working days after the day of submission (Beijing dates, the official
calendar); open complaints past it and late replies are marked in the list and counted on the
office's dashboard, at any hour of the day."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from complaints import deadlines
from complaints.models import Complaint
from workdays.official_calendar import add_working_days

from .factories import ComplaintFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("at_any_hour")]


def submitted_working_days_ago(days):
    """A complaint submitted at the current hour, ``days`` working days before today (Beijing)."""
    today = timezone.localdate()
    day = add_working_days(today, -days)
    moment = timezone.localtime().replace(year=day.year, month=day.month, day=day.day)
    return ComplaintFactory(submitted_at=moment)


def test_the_due_date_counts_working_days_from_the_beijing_date():
    # 2026-09-30 (Wednesday) 23:30 in Beijing is still 15:30 UTC: the National Day week does not count.
    moment = datetime.datetime(2026, 9, 30, 15, 30, tzinfo=datetime.UTC)
    assert deadlines.reply_due(moment) == add_working_days(datetime.date(2026, 9, 30), 15)
    assert deadlines.reply_due(moment) > datetime.date(2026, 10, 21)


def test_overdue_is_marked_in_the_list_and_counted(client, staff):
    due_today = submitted_working_days_ago(15)
    late = submitted_working_days_ago(16)
    replied_late = submitted_working_days_ago(20)
    replied_late.state, replied_late.replied_at = "replied", timezone.now()
    replied_late.save()
    assert due_today.reply_due_on == timezone.localdate()
    assert list(Complaint.objects.filter(deadlines.overdue_now()).values_list("pk", flat=True)) == [late.pk]
    client.force_login(staff.office_clerk)
    response = client.get(reverse("complaints_complaint_modeladmin_index"))
    rows = {row.split("</td>")[0]: row for row in response.content.decode().split('<td class="field-tracking_number')[1:]}
    marks = {number: ("超期未答复" in row, "超期答复" in row) for number, row in rows.items()}
    assert len(marks) == 3
    assert {n for n, (open_late, _) in marks.items() if open_late} == {n for n in marks if late.tracking_number in n}
    assert {n for n, (_, done_late) in marks.items() if done_late} == {n for n in marks if replied_late.tracking_number in n}
    filtered = client.get(reverse("complaints_complaint_modeladmin_index") + "?late=replied_late")
    assert filtered.context["paginator"].count == 1

    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="complaints-open">2 件' in dashboard and 'id="complaints-overdue">1 件' in dashboard


def test_the_panel_is_the_offices(client, staff):
    submitted_working_days_ago(16)
    client.force_login(staff.drafter)
    assert "complaints-overdue" not in client.get(reverse("wagtailadmin_home")).content.decode()
