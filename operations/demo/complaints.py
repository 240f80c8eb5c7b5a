"""Demo complaints and corrections (依申请公开制度 第六条, 考核评议制度 第五条（五）、第六条): six over
the last full year and recent weeks, of each kind and state, handled through
``complaints.transitions``, some evaluated by the citizen, one open past its 承诺时限. The codes of
one replied complaint (``DEMO_TRACKING_NUMBER``, ``DEMO_QUERY_CODE``, given in docs/complaints.md)
open its status page, where the evaluation can be tried."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from complaints import deadlines, transitions
from complaints.models import Complaint, ComplaintKind, ComplaintState
from disclosure_pages.models import catalogue_entries
from workdays.official_calendar import add_working_days

DEMO_TRACKING_NUMBER, DEMO_QUERY_CODE = "JDJB-DEMO-000001", "DEMO2026"


def _at(day, hour=10):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def _complaint(number, kind, submitted_on, content, item=None, name="市民", phone="13800000000", email=""):
    submitted_at = min(_at(submitted_on, 9), timezone.now())
    complaint = Complaint(tracking_number=number, kind=kind, item=item, name=name, phone=phone, email=email,
                          content=content, submitted_at=submitted_at, reply_due_on=deadlines.reply_due(submitted_at),
                          query_code_hash=make_password(DEMO_QUERY_CODE if number == DEMO_TRACKING_NUMBER else None))
    complaint._history_date = submitted_at
    complaint.save()
    return complaint


def _handle(complaint, office, section, replier, to, replied_after=5, satisfaction="", comment=""):
    """Through the states up to ``to``: assigned a day after submission, replied ``replied_after``
    working days after it, closed the next day, evaluated the day after."""
    submitted_on = timezone.localdate(complaint.submitted_at)
    complaint = transitions.transition(complaint, ComplaintState.HANDLING, office, section=section,
                                       note="请核实并答复。", at=_at(add_working_days(submitted_on, 1)))
    if to == ComplaintState.HANDLING:
        return complaint
    replied_on = add_working_days(submitted_on, replied_after)
    complaint = transitions.transition(complaint, ComplaintState.REPLIED, replier, at=_at(replied_on, 15),
                                       reply="经核实，已按您反映的情况处理。感谢您对我局政府信息公开工作的监督。")
    if to == ComplaintState.CLOSED:
        complaint = transitions.transition(complaint, ComplaintState.CLOSED, office, note="已答复，办结。",
                                           at=_at(add_working_days(replied_on, 1)))
    if satisfaction:
        complaint = transitions.evaluate(complaint, satisfaction, comment, at=_at(add_working_days(replied_on, 2), 11))
    return complaint


def build_complaint_examples(home, sections):
    users = {u.username: u for u in get_user_model().objects.filter(username__in=["office", "head", "head2"])}
    office, head, head2 = users["office"], users["head"], users["head2"]
    dsj, xxh = sections["dsj"], sections["xxh"]
    item = catalogue_entries().descendant_of(home).filter(publisher=dsj).first()
    today = timezone.localdate()
    last_year = today.year - 1

    def day(year, month, dd):
        return datetime.date(year, month, dd)

    _handle(_complaint("JDJB-DEMO-000101", ComplaintKind.CORRECTION, day(last_year, 3, 9),
                       "该文件的发布日期与正文落款日期不一致，请核对。", item=item, name="刘晓明",
                       email="liuxm@example.com"),
            office, dsj, head, ComplaintState.CLOSED, satisfaction="satisfied", comment="更正及时。")
    _handle(_complaint("JDJB-DEMO-000102", ComplaintKind.COMPLAINT, day(last_year, 6, 15),
                       "依申请公开的答复超过了二十个工作日，没有说明延期理由。", name="陈丽", phone="13912345678"),
            office, xxh, head2, ComplaintState.CLOSED, replied_after=18, satisfaction="dissatisfied",
            comment="答复晚了，希望改进。")
    _handle(_complaint("JDJB-DEMO-000103", ComplaintKind.REPORT, day(last_year, 10, 20),
                       "部门网站公开栏目长期未更新，应当公开的财政预算信息没有公开。", name="匿名群众"),
            office, dsj, head, ComplaintState.REPLIED, replied_after=10, satisfaction="basically_satisfied")
    # Recent: one replied and waiting for the citizen's evaluation (the demo codes open it), one
    # being handled past its 承诺时限, and one just arrived.
    _handle(_complaint(DEMO_TRACKING_NUMBER, ComplaintKind.CORRECTION, add_working_days(today, -12),
                       "政府信息公开指南中的办公电话已经停用。", item=item, name="王强", phone="13700001111"),
            office, dsj, head, ComplaintState.REPLIED, replied_after=3)
    _handle(_complaint("JDJB-DEMO-000202", ComplaintKind.COMPLAINT, add_working_days(today, -20),
                       "在线申请提交后一直显示待受理。", name="赵敏", email="zhaomin@example.com"),
            office, xxh, head2, ComplaintState.HANDLING)
    _complaint("JDJB-DEMO-000203", ComplaintKind.REPORT, today, "某科室发布的通知中含有群众的身份证号码。",
               name="孙磊", phone="13600002222")

