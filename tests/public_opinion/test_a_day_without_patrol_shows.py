"""舆情回应制度 第二条 (安排专人…通过巡查即时掌握…不漏报、不迟报): each patrol is recorded, also when it
finds nothing, and a working day without one shows in the patrol log and on the office's dashboard."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from public_opinion.models import PatrolLog
from public_opinion.patrols import missed_days

pytestmark = pytest.mark.django_db

# Monday 2026-05-18, 10:00 in Beijing; the week before: Mon 11 … Fri 15 are working days.
NOW = datetime.datetime(2026, 5, 18, 2, 0, tzinfo=datetime.UTC)


def beijing(day, hour):
    return timezone.make_aware(datetime.datetime(2026, 5, day, hour, 0))


@pytest.fixture
def week(opinion):
    with time_machine.travel(NOW, tick=False):
        for day in (11, 12, 14, 15):  # nobody patrolled on Wednesday the 13th
            PatrolLog.objects.create(patrolled_by=opinion.clerk, patrolled_at=beijing(day, 9), channels="微博、本地论坛",
                                     no_findings=True)
        # Late on Sunday evening in Beijing: still Sunday there, although UTC is on Sunday too.
        PatrolLog.objects.create(patrolled_by=opinion.clerk, patrolled_at=beijing(17, 23), channels="微博",
                                 no_findings=True)
    return opinion


def test_the_missed_working_day_is_found(week):
    with time_machine.travel(NOW, tick=False):
        assert missed_days(lookback=7) == [datetime.date(2026, 5, 13)]


def test_the_missed_day_shows_in_the_log_and_on_the_office_dashboard(client, week):
    client.force_login(week.clerk)
    with time_machine.travel(NOW, tick=False):
        html = client.get(reverse("public_opinion_patrollog_modeladmin_index")).content.decode()
        assert "2026-05-13" in html and "以下工作日没有巡查记录" in html and "今天尚未登记巡查" in html
        assert "2026-05-13" in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_patrol_is_recorded_with_its_result_or_no_findings(client, week):
    client.force_login(week.clerk)
    url = reverse("public_opinion_patrollog_modeladmin_create")
    with time_machine.travel(NOW, tick=False):
        response = client.post(url, {"patrolled_at": "2026-05-18 09:30", "channels": "微信公众号", "findings": ""})
        assert response.status_code == 200 and "二者选其一" in response.content.decode()
        response = client.post(url, {"patrolled_at": "2026-05-18 09:30", "channels": "微信公众号",
                                     "no_findings": "on", "findings": ""})
        assert response.status_code == 302
        patrol = PatrolLog.objects.latest("pk")
        assert patrol.patrolled_by == week.clerk and patrol.no_findings
        assert "今天尚未登记巡查" not in client.get(reverse("public_opinion_patrollog_modeladmin_index")).content.decode()


@pytest.mark.usefixtures("at_any_hour")
def test_an_early_morning_patrol_counts_for_its_beijing_day(opinion):
    """07:00 in Beijing is 23:00 UTC of the day before: the patrol belongs to the Beijing day."""
    from workdays.official_calendar import WorkingDayCalendar

    today = timezone.localdate()
    day = WorkingDayCalendar().add_working_days(today, -1)
    early = timezone.make_aware(datetime.datetime.combine(day, datetime.time(7, 0)))
    PatrolLog.objects.create(patrolled_by=opinion.clerk, patrolled_at=early, channels="微博", no_findings=True)
    assert day not in missed_days(lookback=20)
    assert WorkingDayCalendar().add_working_days(day, -1) in missed_days(lookback=20)
