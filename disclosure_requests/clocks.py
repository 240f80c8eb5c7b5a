"""The periods of a request on the official working-day calendar (条例 第三十条、第三十二条、第三十三条; 国办函〔2020〕109号).

Nothing here is stored: deadlines and "overdue" are computed from the dates on the request,
so they can never go stale. Every period counts from the day after its start date, with the one
calculator ``workdays.official_calendar.WorkingDayCalendar.add_working_days``; the days on which
the answer clock stands still are passed to it as ``skip``.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from workdays.official_calendar import WorkingDayCalendar

from .models.choices import ConsultationReply, FeeStatus, State

# 条例 第三十条: one amendment notice within 7 working days of receipt.
AMENDMENT_NOTICE_WORKING_DAYS = 7
# 依申请公开 第五条, 条例 第三十三条 第一款: answer within 20 working days of receipt.
ANSWER_WORKING_DAYS = 20
# 依申请公开 第五条, 条例 第三十三条 第一款: an extension adds at most 20 working days.
MAX_EXTENSION_WORKING_DAYS = 20
# 条例 第三十二条 / 第三十四条: the consulted party replies within 15 working days of receiving the letter;
# 条例 第三十三条 第二款: the consultation time is not counted in the answer period (see ``pause_intervals``).
CONSULTATION_REPLY_WORKING_DAYS = 15
# 国办函〔2020〕109号: the fee is paid within 20 working days of the notice.
FEE_PAYMENT_WORKING_DAYS = 20


def today():
    return timezone.localdate()


def amendment_notice_due(disclosure_request, calendar=None):
    if not disclosure_request.received_on:
        return None
    calendar = calendar or WorkingDayCalendar()
    return calendar.add_working_days(disclosure_request.received_on, AMENDMENT_NOTICE_WORKING_DAYS)


def consultation_reply_due(consultation, calendar=None):
    calendar = calendar or WorkingDayCalendar()
    return calendar.add_working_days(consultation.party_received_on or consultation.sent_on,
                                     CONSULTATION_REPLY_WORKING_DAYS)


def fee_payment_due(fee_notice, calendar=None):
    calendar = calendar or WorkingDayCalendar()
    return calendar.add_working_days(fee_notice.issued_on, FEE_PAYMENT_WORKING_DAYS)


def pause_intervals(disclosure_request, on):
    """(start, end) pairs, end included, during which the answer clock stands still.

    依申请公开 第五条 第二款 / 条例 第三十三条第二款: consultation of third parties and other agencies is
    not counted; 国办函〔2020〕109号 (fees): nor is the time from the fee notice to payment — an open
    question, see docs/disclosure_requests.md "Not done / to confirm".
    A pause still open ends, for now, on ``on``.
    """
    start = disclosure_request.clock_started_on
    intervals = []
    for consultation in disclosure_request.consultations.all():
        if start and consultation.sent_on >= start:
            end = on if consultation.reply == ConsultationReply.PENDING else consultation.replied_on
            intervals.append((consultation.sent_on, end))
    fee_notice = getattr(disclosure_request, "fee_notice", None)
    if fee_notice is not None and start and fee_notice.issued_on >= start:
        end = on if fee_notice.status == FeeStatus.NOTIFIED else fee_notice.settled_on
        intervals.append((fee_notice.issued_on, end))
    return intervals


def _paused_days(intervals):
    """The days on which the answer clock stands still: from the day after the letter or notice goes
    out (that day still counts) to the day of the reply or payment, both included."""
    days = set()
    for start, end in intervals:
        day = start + datetime.timedelta(days=1)
        while day <= end:
            days.add(day)
            day += datetime.timedelta(days=1)
    return days


def answer_due(disclosure_request, on=None, calendar=None, with_extension=True):
    """The last day to answer: 20 working days (plus any approved extension) after the clock started,
    not counting paused days. ``None`` before receipt and while waiting for an amendment."""
    if not disclosure_request.clock_started_on or disclosure_request.state == State.AMENDMENT_REQUESTED:
        return None
    calendar = calendar or WorkingDayCalendar()
    on = on or today()
    days = ANSWER_WORKING_DAYS + (disclosure_request.extension_days if with_extension else 0)
    skip = _paused_days(pause_intervals(disclosure_request, on))
    return calendar.add_working_days(disclosure_request.clock_started_on, days, skip=skip)


def is_paused(disclosure_request):
    return disclosure_request.state in (State.CONSULTING, State.FEE_PENDING)


@dataclass
class ClockStatus:
    due_on: datetime.date | None
    working_days_left: int | None
    paused: bool
    overdue: bool
    due_soon: bool

    @property
    def label(self):
        if self.due_on is None:
            return "未起算"
        if self.overdue:
            return f"已超期（{self.due_on:%Y-%m-%d} 到期）"
        text = f"{self.due_on:%Y-%m-%d} 到期，剩余 {self.working_days_left} 个工作日"
        return text + ("（征求意见或待缴费期间暂停计时）" if self.paused else "")


def answer_status(disclosure_request, on=None, calendar=None, due_soon_days=5):
    calendar = calendar or WorkingDayCalendar()
    on = on or today()
    if disclosure_request.state in (State.ANSWERED, State.CLOSED):
        return ClockStatus(None, None, False, False, False)
    due = answer_due(disclosure_request, on, calendar)
    if due is None:
        return ClockStatus(None, None, False, False, False)
    left = calendar.working_days_between(on, due)
    return ClockStatus(due, left, is_paused(disclosure_request), on > due, 0 <= left <= due_soon_days and on <= due)
