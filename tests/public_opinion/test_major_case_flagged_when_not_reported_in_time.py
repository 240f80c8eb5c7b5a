"""舆情回应制度 第三条 and 国办发〔2016〕61号: a 重大 case must be reported upward at once and answered
with authoritative information within 5 hours (a setting); past a limit it is flagged on the dashboard
of the people who must act, and the leader in charge and the office are mailed, once. Clock frozen."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse

from public_opinion import deadlines, transitions
from public_opinion.models import OpinionCase, Recipient, ReportMethod, Severity

from .factories import OpinionCaseFactory

pytestmark = pytest.mark.django_db

SEEN = datetime.datetime(2026, 5, 11, 1, 0, tzinfo=datetime.UTC)  # 09:00 in Beijing
PANEL = "舆情回应：已超时限的舆情"


def dashboard(client, user):
    client.force_login(user)
    return client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.fixture
def major(opinion):
    with time_machine.travel(SEEN, tick=False):
        return OpinionCaseFactory(sections=[opinion.section_a], severity=Severity.MAJOR, first_seen_at=SEEN,
                                  title="数据中心火灾传言 majorkestrel")


def test_limits_follow_the_settings(opinion, major, settings):
    assert major.report_due_at == SEEN + datetime.timedelta(hours=5)
    assert major.response_due_at == SEEN + datetime.timedelta(hours=5)
    assert major.press_conference_due_at == SEEN + datetime.timedelta(hours=24)
    ordinary = OpinionCaseFactory(sections=[opinion.section_a], first_seen_at=SEEN)
    assert ordinary.response_due_at == SEEN + datetime.timedelta(hours=48) and ordinary.report_due_at is None
    settings.PUBLIC_OPINION_LIMIT_HOURS = {**settings.PUBLIC_OPINION_LIMIT_HOURS, "report": 2}
    major.save()
    assert major.report_due_at == SEEN + datetime.timedelta(hours=2)


def test_a_major_case_not_reported_within_the_limit_is_flagged(client, opinion, major):
    with time_machine.travel(SEEN + datetime.timedelta(hours=4, minutes=59), tick=False):
        assert major.title not in dashboard(client, opinion.a.drafter)
        assert not OpinionCase.objects.filter(deadlines.late_report(), pk=major.pk).exists()
    with time_machine.travel(SEEN + datetime.timedelta(hours=5, minutes=1), tick=False):
        for user in (opinion.a.drafter, opinion.a.head, opinion.a.leader, opinion.clerk):
            html = dashboard(client, user)
            assert PANEL in html and major.title in html and "未按时报送" in html, user
        assert major.title not in dashboard(client, opinion.b.drafter)  # another section has nothing to do


def test_a_case_reported_in_time_is_not_flagged_for_its_report(client, opinion, major):
    with time_machine.travel(SEEN + datetime.timedelta(hours=1), tick=False):
        for recipient in (Recipient.LEADER_IN_CHARGE, Recipient.GENERAL_OFFICE):
            transitions.record_report(major, opinion.a.head, recipient, ReportMethod.PHONE,
                                      SEEN + datetime.timedelta(minutes=40))
    with time_machine.travel(SEEN + datetime.timedelta(hours=6), tick=False):
        html = dashboard(client, opinion.a.head)
        assert "未按时报送" not in html
        assert "未按时回应" in html  # the authoritative information is still missing


def test_leader_and_office_are_mailed_once(opinion, major, mailoutbox, django_capture_on_commit_callbacks):
    with time_machine.travel(SEEN + datetime.timedelta(hours=5, minutes=1), tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            call_command("check_public_opinion_deadlines")
    recipients = {address for mail in mailoutbox for address in mail.to}
    assert opinion.a.leader.email in recipients and opinion.clerk.email in recipients
    assert opinion.b.drafter.email not in recipients and opinion.a.drafter.email not in recipients
    assert {mail.subject for mail in mailoutbox} == {f"【舆情超时】{major.title}：未按时报送",
                                                     f"【舆情超时】{major.title}：未按时回应"}
    sent = len(mailoutbox)
    with time_machine.travel(SEEN + datetime.timedelta(hours=6), tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            call_command("check_public_opinion_deadlines")
    assert len(mailoutbox) == sent  # once
    with time_machine.travel(SEEN + datetime.timedelta(hours=25), tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            call_command("check_public_opinion_deadlines")
    assert [m.subject for m in mailoutbox[sent:]] == [f"【舆情超时】{major.title}：未按时举行新闻发布会"]
