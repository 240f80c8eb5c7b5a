"""Demo public-opinion work (舆情回应制度): the 回应关切 column with one live response linked to its
case, cases in each state (one 重大 case past its reporting limit), and a fortnight of patrols with one
working day missed, so that the dashboard and the lists show what the rule asks for."""

import datetime
from functools import reduce
from operator import or_

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone

from disclosure_pages.models import catalogue_entries
from public_opinion import transitions
from public_opinion.models import (
    Kind,
    OpinionCase,
    PatrolLog,
    Recipient,
    ReportMethod,
    ResponseChannel,
    ResponseIndexPage,
    ResponsePage,
    Severity,
    Source,
    State,
)
from workdays.official_calendar import WorkingDayCalendar

from .content import paragraphs
from .items import PROJECTS

HOUR = datetime.timedelta(hours=1)


def _case(section, hours_ago, **fields):
    case = OpinionCase.objects.create(first_seen_at=timezone.now() - hours_ago * HOUR, **fields)
    case.sections.set([section])
    return case


def _walk(case, user, to, assessment="研判：属误解，影响面小，由大数据发展科按口径回应。"):
    """The case through each state up to ``to``, with the records each step asks for."""
    order = [State.VERIFYING, State.ASSESSING, State.REPORTING, State.RESPONDING]
    for state in order[: order.index(to) + 1]:
        if state == State.ASSESSING:
            transitions.record_verification(case, user, "12345政府热线", "与热线核实：近一周无相关投诉工单，情况属实。")
        if state == State.RESPONDING:
            for recipient in (Recipient.LEADER_IN_CHARGE, Recipient.GENERAL_OFFICE):
                transitions.record_report(case, user, recipient, ReportMethod.PHONE,
                                          case.first_seen_at + datetime.timedelta(minutes=40), "电话报告舆情概况")
        case = transitions.transition(case, state, user, assessment if state == State.REPORTING else "")
    return case


def build_opinion_examples(home, sections, publish):
    users = {u.username: u for u in get_user_model().objects.filter(username__in=["head", "office"])}
    head, office = users["head"], users["office"]
    dsj = sections["dsj"]

    column = ResponseIndexPage(title="回应关切", slug="hygq", live=False,
                               intro="本栏目发布本局对社会关切和政务舆情的回应。")
    home.add_child(instance=column)
    publish(column)

    _case(dsj, 1, title="网民询问政务服务网“一网通办”能否办理电子证照", source=Source.ONLINE, kind=Kind.DOUBT,
          link="https://bbs.example.cn/thread/20261", captured_quote="电子证照在哪里领？", summary="网民在本地论坛询问电子证照办理途径。",
          created_by=office)
    _walk(_case(dsj, 3, title="12345热线反映数据开放平台下载缓慢", source=Source.HOTLINE, kind=Kind.DOUBT,
                summary="市民来电反映开放数据下载缓慢，怀疑平台停运。", created_by=office), head, State.ASSESSING)
    # 重大, seen 7 hours ago and not reported: past the 5-hour limit, flagged on the dashboard.
    _walk(_case(dsj, 7, title="自媒体称“全市政务数据泄露”", source=Source.MEDIA, kind=Kind.RUMOUR,
                severity=Severity.MAJOR, urgent=True, link="https://media.example.cn/a/778",
                captured_quote="全市政务数据已全部泄露！", summary="某自媒体账号发布政务数据泄露的不实消息，转发量上升。",
                created_by=office), head, State.VERIFYING)
    # The rumour misread a procurement notice of the catalogue: the response names it as corrected.
    about_projects = catalogue_entries().descendant_of(home).filter(
        reduce(or_, (Q(title__contains=name) for name in PROJECTS))).order_by("-publication_date", "-pk")
    corrected = about_projects.filter(title__contains="采购").first() or about_projects.first()
    project = next((name for name in PROJECTS if corrected and name in corrected.title), "政务云平台")
    answered = _walk(_case(dsj, 30, title=f"网民误传{project}将收费", source=Source.ONLINE, kind=Kind.MISUNDERSTANDING,
                           severity=Severity.SERIOUS, link="https://weibo.example.cn/s/3301",
                           captured_quote=f"{project}下月开始收费？", summary=f"网民误读本局公开的{project}有关公告，认为{project}将向市民收费。",
                           created_by=office), head, State.RESPONDING)
    response = ResponsePage(
        title=f"关于“{project}将收费”传言的说明", slug="shoufei-chuanyan-shuoming", live=False, publisher=dsj,
        case=answered, channel=ResponseChannel.PORTAL, corrected_item=corrected,
        summary=f"{project}面向部门提供服务，不向市民收取任何费用。",
        body=paragraphs(f"近日，有网民称我市{project}将向市民收费。经核实，该说法系对本局公开的有关公告的误读。",
                        f"{project}由财政保障，面向各部门提供服务，不向市民收取任何费用。"),
    )
    column.add_child(instance=response)
    publish(response)  # the page_published signal records the case's response time and channel
    answered.refresh_from_db()
    transitions.transition(answered, State.CLOSED, head, "已在回应关切栏目发布说明，舆情平息。")
    wrong = _case(dsj, 50, title="网传“大数据局招聘临时工”", source=Source.ONLINE, kind=Kind.RUMOUR,
                  summary="网传招聘信息。", created_by=office)
    transitions.close_as_unfounded(wrong, office, "经核实系他市单位招聘信息，与本局无关，误报。")

    calendar = WorkingDayCalendar()
    today = timezone.localdate()
    working = [day for day in (today - datetime.timedelta(days=n) for n in range(1, 15)) if calendar.is_working_day(day)]
    missed = working[2] if len(working) > 2 else None  # one working day without a patrol shows
    for day in working:
        if day == missed:
            continue
        PatrolLog.objects.create(
            patrolled_by=office, channels="微博、微信公众号、本地论坛、12345热线工单", no_findings=True,
            patrolled_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 30))),
        )
