"""主动公开制度 第四条 and 依申请公开 第五条: each morning `send_deadline_reminders` mails a section's drafters
and head its never-published items due within five working days or overdue, and the office and the
handling section their requests due or overdue: nothing that is not due, nobody else, no personal data."""

import datetime
import io
import zoneinfo

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from organisation.models import Role
from tests.disclosure_requests.factories import DisclosureRequestFactory
from tests.factories import DisclosureItemPageFactory, SectionFactory, member

pytestmark = pytest.mark.django_db
D = datetime.date
BEIJING = zoneinfo.ZoneInfo("Asia/Shanghai")


@pytest.fixture(params=[10, 1], ids=["10:00 Beijing", "01:00 Beijing, the day before in UTC"])
def on_25_november(request):
    """Wednesday 2026-11-25 in Beijing, also at an hour when UTC is still on the 24th."""
    with time_machine.travel(datetime.datetime(2026, 11, 25, request.param, 0, tzinfo=BEIJING), tick=False):
        yield


def run(capture):
    with capture(execute=True):
        call_command("send_deadline_reminders", stdout=io.StringIO())
    return {tuple(sorted(message.to)): message for message in mail.outbox}


def test_each_section_gets_its_due_and_overdue_items(on_25_november, portal, django_capture_on_commit_callbacks):
    mine, theirs = SectionFactory(name="大数据发展科", code="dsj"), SectionFactory(name="规划财务科", code="ghcw")
    drafter, head = member(Role.DRAFTER, mine, "d1"), member(Role.SECTION_HEAD, mine, "h1")
    member(Role.LEADER_IN_CHARGE, mine, "leader1")
    their_drafter = member(Role.DRAFTER, theirs, "d2")
    category = portal.categories["other"]
    DisclosureItemPageFactory(parent=category, publisher=mine, live=False, title="已超期的采购公告",
                              creation_date=D(2026, 10, 20))
    DisclosureItemPageFactory(parent=category, publisher=mine, live=False, title="即将到期的预算说明",
                              creation_date=D(2026, 10, 30))
    DisclosureItemPageFactory(parent=category, publisher=mine, live=False, title="时间充裕的通知",
                              creation_date=D(2026, 11, 24))
    DisclosureItemPageFactory(parent=category, publisher=mine, title="已经发布的通知", creation_date=D(2026, 10, 20))
    DisclosureItemPageFactory(parent=category, publisher=theirs, live=False, title="规划科超期的通知",
                              creation_date=D(2026, 10, 20))

    mails = run(django_capture_on_commit_callbacks)

    assert set(mails) == {(drafter.email, head.email), (their_drafter.email,)}
    ours = mails[(drafter.email, head.email)]
    assert ours.subject == "主动公开时限提醒：大数据发展科 2 条信息待公开（1 条已超期）"
    assert "已超期的采购公告" in ours.body and "已超期" in ours.body
    assert "即将到期的预算说明（2026年11月27日到期，还剩 2 个工作日）" in ours.body
    assert "时间充裕的通知" not in ours.body and "已经发布的通知" not in ours.body
    assert "规划科超期的通知" not in ours.body
    assert "/admin/pages/" in ours.body
    assert "规划科超期的通知" in mails[(their_drafter.email,)].body


def test_the_office_and_the_handling_section_get_their_due_requests(
    on_25_november, portal, django_capture_on_commit_callbacks
):
    office = SectionFactory(name="办公室", code="office", is_general_office=True)
    section = SectionFactory(name="数据资源科", code="data")
    clerk, drafter = member(Role.DRAFTER, office, "clerk"), member(Role.DRAFTER, section, "d3")
    overdue = DisclosureRequestFactory(received_on=D(2026, 10, 26), handling_section=section)
    due_soon = DisclosureRequestFactory(received_on=D(2026, 10, 30), handling_section=section)
    fresh = DisclosureRequestFactory(received_on=D(2026, 11, 24), handling_section=section)
    answered = DisclosureRequestFactory(received_on=D(2026, 10, 26), handling_section=section, state="answered",
                                        answered_on=D(2026, 11, 20))
    unassigned = DisclosureRequestFactory(received_on=D(2026, 10, 26))

    mails = run(django_capture_on_commit_callbacks)

    assert set(mails) == {(clerk.email, drafter.email), (clerk.email,)}
    ours = mails[(clerk.email, drafter.email)]
    assert ours.subject == "依申请公开答复期限提醒：数据资源科 2 件申请"
    assert overdue.tracking_number in ours.body and due_soon.tracking_number in ours.body
    assert "已超期" in ours.body
    assert fresh.tracking_number not in ours.body and answered.tracking_number not in ours.body
    assert overdue.applicant.name not in ours.body and overdue.applicant.email not in ours.body
    assert unassigned.tracking_number in mails[(clerk.email,)].body
    assert "未分办" in mails[(clerk.email,)].subject


def test_nothing_due_sends_nothing(on_25_november, portal, django_capture_on_commit_callbacks):
    section = SectionFactory(name="数据资源科", code="data")
    member(Role.DRAFTER, section, "d4")
    DisclosureItemPageFactory(parent=portal.categories["other"], publisher=section, live=False,
                              creation_date=D(2026, 11, 24))
    assert run(django_capture_on_commit_callbacks) == {}
