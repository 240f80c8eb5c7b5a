"""Every operation on a request. Each one checks its rule, changes the request and writes an event
in one transaction, on a locked row. Views, admin and commands call these and nothing else.

Every operation on an existing request runs inside ``_transition``: it locks the row, checks who may
act and that the operation may start from the current state, and refuses to finish unless the
operation recorded its event (``Transition.record`` sets the new state, saves and records it).
"""

import hashlib
import hmac
import secrets
from contextlib import contextmanager

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from moderation.models.opinions import Outcome, ReviewStep
from moderation.people import STEP_ROLES

from . import access, clocks, fees, letters, notifications, release_review
from .models import (
    AnswerKind,
    Channel,
    Consultation,
    ConsultationKind,
    ConsultationReply,
    DisclosureRequest,
    EventKind,
    FeeBasis,
    FeeNotice,
    FeeStatus,
    LetterKind,
    NationalOutcome,
    ReleasedFile,
    ReleaseOpinion,
    ReleaseProposal,
    RequestAttachment,
    RequestEvent,
    State,
)
from .models.choices import OPEN_STATES
from .models.release import ANSWER_FIELDS, releases_information
from .uploads import check_upload, check_uploads

# Which states each operation starts from. Anything else is refused (one table, one place).
ALLOWED_FROM = {
    "confirm_receipt": {State.SUBMITTED},
    "assign": set(OPEN_STATES),
    "request_amendment": {State.RECEIVED},
    "record_amendment": {State.AMENDMENT_REQUESTED},
    "abandon_unamended": {State.AMENDMENT_REQUESTED},
    "start_consultation": {State.RECEIVED, State.CONSULTING},
    "record_consultation_reply": {State.CONSULTING},
    "override_objection": {State.RECEIVED, State.CONSULTING},
    "approve_extension": {State.RECEIVED, State.CONSULTING, State.FEE_PENDING},
    "issue_fee_notice": {State.RECEIVED},
    "record_fee_payment": {State.FEE_PENDING},
    "lapse_fee": {State.FEE_PENDING},
    "answer": {State.RECEIVED},
    "answer_immediately": {State.SUBMITTED, State.RECEIVED},
    "close": {State.ANSWERED},
    "convert_to_proactive": {State.ANSWERED, State.CLOSED},
}
OPERATION_LABELS = {
    "confirm_receipt": "确认受理",
    "assign": "分办",
    "request_amendment": "发出补正告知",
    "record_amendment": "登记补正",
    "abandon_unamended": "认定逾期未补正",
    "start_consultation": "征求意见",
    "record_consultation_reply": "登记意见",
    "override_objection": "基于公共利益决定公开",
    "approve_extension": "批准延期",
    "issue_fee_notice": "发出收费通知",
    "record_fee_payment": "登记缴费",
    "lapse_fee": "认定逾期未缴费",
    "answer": "答复",
    "answer_immediately": "当场答复",
    "close": "办结归档",
    "convert_to_proactive": "转为主动公开",
}

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud and typed by hand


def allowed_operations(disclosure_request):
    return [op for op, states in ALLOWED_FROM.items() if disclosure_request.state in states]


def _check_state(r, operation):
    if r.state not in ALLOWED_FROM[operation]:
        raise ValidationError(
            f"申请当前状态为“{r.get_state_display()}”，不能{OPERATION_LABELS[operation]}。", code="invalid_transition"
        )


def _check_can_open(user, r):
    if not access.can_open(user, r):
        raise PermissionDenied("只有承办科室、办公室和系统管理员可以办理该申请。")


def _check_office(user, r=None):
    if not access.can_register_and_assign(user):
        raise PermissionDenied("只有办公室（政府信息公开工作机构）可以进行此项操作。")


def _check_may_approve_extension(user, r):
    _check_can_open(user, r)
    if not access.can_approve_extension(user, r):
        raise PermissionDenied("延长答复期限须经负责人同意：只有科室负责人或分管领导可以批准延期。")


def _locked(r):
    return DisclosureRequest.objects.select_for_update().select_related("applicant").get(pk=r.pk)


def _save(r, user):
    r._history_user = user
    r.save()
    return r


class Transition:
    """One operation under way on a request whose row is locked (see ``_transition``)."""

    def __init__(self, r, user, from_state=None):
        self.request, self.user = r, user
        self.from_state = r.state if from_state is None else from_state
        self.events = []

    def record(self, kind, reason="", to=None, **data):
        """Set the new state (``to``; ``None`` keeps the state), save the request, record the event."""
        if to is not None:
            self.request.state = to
        _save(self.request, self.user)
        return self.note(kind, reason, **data)

    def note(self, kind, reason="", **data):
        """Record an event on a request that is saved already, or that this event does not change
        (a proposal to the release review, one opinion of it)."""
        r = self.request
        event = RequestEvent.objects.create(
            request=r, kind=kind, actor=self.user if self.user and self.user.is_authenticated else None,
            from_state=self.from_state, to_state=r.state, reason=reason or "", data=data,
        )
        self.from_state = r.state
        self.events.append(event)
        return event


@contextmanager
def _transition(disclosure_request, user, operation, check_access=_check_can_open):
    """Lock the request, check ``check_access(user, r)`` and that ``operation`` may start from its state
    (``ALLOWED_FROM``; ``None``: the operation checks the state itself), then hand the ``Transition``
    to the operation. Everything is one transaction; an operation that recorded no event is an error."""
    with transaction.atomic():
        r = _locked(disclosure_request)
        check_access(user, r)
        if operation is not None:
            _check_state(r, operation)
        step = Transition(r, user)
        yield step
        if not step.events:
            raise RuntimeError(f"{operation or 'an operation'} on request {r.pk} recorded no event")


def _issue(r, kind, composed, user, **kwargs):
    letter = letters.issue(r, kind, composed, user=user, **kwargs)
    notifications.letter_issued(letter)
    return letter


def _required(value, field, message):
    if not (value or "").strip():
        raise ValidationError({field: message})
    return value.strip()


# -- tracking numbers and query codes -------------------------------------------------------------


def query_code_digest(tracking_number, code):
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"{tracking_number}:{code.upper()}".encode(), hashlib.sha256).hexdigest()


def _new_tracking_number(day):
    return f"YSQ{day:%Y%m%d}-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))


def find_by_codes(tracking_number, code):
    """The request whose tracking number and query code both match, else None.

    The digest is compared in constant time, and a digest is computed even when the tracking number
    is unknown, so neither the answer nor its timing tells which of the two was wrong.
    """
    from .validators import normalise

    tracking_number = (normalise(tracking_number) or "").upper()
    code = (normalise(code) or "").upper()
    candidate = DisclosureRequest.objects.filter(tracking_number=tracking_number).first()
    expected = candidate.query_code_digest if candidate else "0" * 64
    matches = hmac.compare_digest(expected, query_code_digest(tracking_number, code))
    return candidate if candidate is not None and matches else None


# -- submission and receipt ------------------------------------------------------------------------


def submit_request(applicant, disclosure_request, uploads=(), user=None, channel=Channel.ONLINE, received_on=None):
    """Store a new request with its applicant and attachments; return (request, query code).

    Online requests wait for receipt confirmation (条例 第三十一条（三）). Staff registering an
    in-person, postal or fax request give the date of receipt at once (第三十一条（一）（二））.
    """
    content_types = check_uploads(list(uploads))
    applicant.full_clean()
    r = disclosure_request
    r.channel = channel
    # A new request starts open, unanswered and unextended, whatever the caller set: the table's
    # constraints (one outcome exactly when answered, at most 20 extra days) hold by construction, so
    # they are not checked here with a query each; the database still enforces them.
    r.state, r.outcome, r.extension_days = State.SUBMITTED, "", 0
    r.full_clean(exclude=["applicant", "tracking_number", "query_code_digest"], validate_constraints=False)
    if received_on is not None:
        _check_office(user)
        if received_on > clocks.today():
            raise ValidationError({"received_on": "收到申请日期不能晚于今天。"})
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    with transaction.atomic():
        applicant._history_user = user
        applicant.save()
        r.applicant = applicant
        for _attempt in range(10):
            r.tracking_number = _new_tracking_number(timezone.localdate())
            r.query_code_digest = query_code_digest(r.tracking_number, code)
            try:
                with transaction.atomic():
                    _save(r, user)
                break
            except IntegrityError:
                if DisclosureRequest.objects.filter(tracking_number=r.tracking_number).exists():
                    r.pk = None
                    continue  # the random part collided: draw again
                raise
        else:
            raise RuntimeError("could not allocate a tracking number")
        for upload, content_type in zip(uploads, content_types):
            RequestAttachment.objects.create(
                request=r, file=upload, original_name=upload.name[:200], content_type=content_type, size=upload.size
            )
        # A new row that no one else sees before the commit: nothing to lock, no state to come from.
        step = Transition(r, user, from_state="")
        step.note(EventKind.SUBMITTED if user is None else EventKind.REGISTERED, channel=channel)
        if received_on is not None:
            _receive(step, received_on)
        notifications.request_submitted(r, code)
    return r, code


def _receive(step, received_on):
    r = step.request
    r.received_on = received_on
    r.clock_started_on = received_on
    step.record(EventKind.RECEIPT_CONFIRMED, to=State.RECEIVED, received_on=received_on.isoformat())
    _issue(r, LetterKind.RECEIPT, letters.compose_receipt(r), step.user)


def confirm_receipt(disclosure_request, user, received_on=None, section=None):
    """条例 第三十一条（三）: an online request counts as received on the day both sides confirm it."""
    with _transition(disclosure_request, user, "confirm_receipt", check_access=_check_office) as step:
        r = step.request
        received_on = received_on or clocks.today()
        if received_on < timezone.localdate(r.submitted_at):
            raise ValidationError({"received_on": "确认受理日期不能早于提交日期。"})
        if received_on > clocks.today():
            raise ValidationError({"received_on": "确认受理日期不能晚于今天。"})
        if section is not None:
            r.handling_section = section
        _receive(step, received_on)
        if section is not None:
            step.note(EventKind.ASSIGNED, section=section.name)
    return r


def assign(disclosure_request, user, section, reason=""):
    with _transition(disclosure_request, user, "assign", check_access=_check_office) as step:
        r = step.request
        previous_section = r.handling_section.name if r.handling_section else ""
        r.handling_section = section
        step.record(EventKind.ASSIGNED, reason, section=section.name, previous=previous_section)
    return r


# -- amendment (条例 第三十条) ---------------------------------------------------------------------


def request_amendment(disclosure_request, user, items, deadline, on=None):
    """One single notice, within 7 working days of receipt, naming what to amend, a deadline and the
    consequence of not amending."""
    on = on or clocks.today()
    with _transition(disclosure_request, user, "request_amendment") as step:
        r = step.request
        if r.amendment_requested_on:
            raise ValidationError("补正告知只能一次性发出，本申请已经发出过补正告知。", code="amendment_once")
        due = clocks.amendment_notice_due(r)
        if on > due:
            raise ValidationError(
                f"补正告知应当自收到申请之日起7个工作日内发出（截止{due:%Y-%m-%d}），已超过期限。",
                code="amendment_late",
            )
        r.amendment_items = _required(items, "amendment_items", "请写明需要补正的事项。")
        if not deadline or deadline <= on:
            raise ValidationError({"amendment_deadline": "请给出晚于今天的合理补正期限。"})
        r.amendment_requested_on, r.amendment_deadline = on, deadline
        step.record(EventKind.AMENDMENT_REQUESTED, r.amendment_items, to=State.AMENDMENT_REQUESTED,
                    deadline=deadline.isoformat())
        _issue(r, LetterKind.AMENDMENT, letters.compose_amendment(r), user, on=on)
    return r


def record_amendment(disclosure_request, user, amended_on, note="", **information):
    """The answer period runs again from the day the amended request is received (条例 第三十条)."""
    with _transition(disclosure_request, user, "record_amendment") as step:
        r = step.request
        if not amended_on or amended_on < r.amendment_requested_on or amended_on > clocks.today():
            raise ValidationError({"amended_on": "收到补正日期应在补正告知之后、不晚于今天。"})
        for field in ("information_name", "document_number", "index_number", "description"):
            if information.get(field):
                setattr(r, field, information[field])
        r.full_clean(exclude=["applicant"])
        r.amended_on = amended_on
        r.clock_started_on = amended_on
        step.record(EventKind.AMENDED, note, to=State.RECEIVED, amended_on=amended_on.isoformat())
    return r


def abandon_unamended(disclosure_request, user, on=None):
    """No amendment by the deadline: the request counts as abandoned (条例 第三十条; 年报 （六）1)."""
    on = on or clocks.today()
    with _transition(disclosure_request, user, "abandon_unamended") as step:
        r = step.request
        if on <= r.amendment_deadline:
            raise ValidationError(f"补正期限（{r.amendment_deadline:%Y-%m-%d}）尚未届满，不能认定为放弃申请。")
        reason = (f"本机关于{r.amendment_requested_on:%Y年%m月%d日}向您发出补正告知，您无正当理由逾期未补正。根据《中华人民"
                  "共和国政府信息公开条例》第三十条的规定，视为您放弃申请，本机关不再处理该政府信息公开申请。")
        _terminate(step, on, NationalOutcome.OTHER_NOT_AMENDED, "《中华人民共和国政府信息公开条例》第三十条", reason,
                   EventKind.ABANDONED)
    return r


def _terminate(step, on, outcome, basis, reason, event_kind):
    r = step.request
    r.answer_kind, r.outcome = AnswerKind.OTHER, outcome
    r.answer_basis, r.answer_reasons = basis, reason
    r.answered_on = r.closed_on = on
    r.answered_by = step.user
    step.record(event_kind, reason, to=State.CLOSED, outcome=outcome)
    _issue(r, LetterKind.TERMINATION, letters.compose_termination(r, reason), step.user, on=on)


# -- consultation (条例 第三十二条、第三十四条; 依申请公开 第四条) ---------------------------------------


def start_consultation(disclosure_request, user, party_name, matters, sent_on=None, party_contact="",
                       kind=ConsultationKind.THIRD_PARTY):
    sent_on = sent_on or clocks.today()
    with _transition(disclosure_request, user, "start_consultation") as step:
        r = step.request
        if sent_on < r.clock_started_on or sent_on > clocks.today():
            raise ValidationError({"sent_on": "发出日期应在收到申请之后、不晚于今天。"})
        consultation = Consultation(
            request=r, kind=kind, party_name=_required(party_name, "party_name", "请填写被征求意见方。"),
            party_contact=party_contact, matters=_required(matters, "matters", "请写明征求意见的内容。"), sent_on=sent_on,
        )
        consultation._history_user = user
        consultation.save()
        step.record(EventKind.CONSULTATION_STARTED, consultation.matters, to=State.CONSULTING,
                    consultation=consultation.pk, consultation_kind=kind)
        _issue(r, LetterKind.CONSULTATION, letters.compose_consultation(consultation), user,
               recipient=consultation.party_name, to_applicant=False, on=sent_on)
        _issue(r, LetterKind.CONSULTATION_NOTICE, letters.compose_consultation_notice(consultation), user, on=sent_on)
    return consultation


def record_consultation_reply(consultation, user, reply, replied_on=None, reply_text="", party_received_on=None):
    """Agree, disagree (with grounds), or no reply within 15 working days of receiving the letter."""
    replied_on = replied_on or clocks.today()
    with _transition(consultation.request, user, "record_consultation_reply") as step:
        r = step.request
        c = Consultation.objects.select_for_update().get(pk=consultation.pk)
        if not c.is_pending:
            raise ValidationError("该征求意见已登记答复。")
        if party_received_on:
            if party_received_on < c.sent_on:
                raise ValidationError({"party_received_on": "对方收到日期不能早于发出日期。"})
            c.party_received_on = party_received_on
        if replied_on < c.sent_on or replied_on > clocks.today():
            raise ValidationError({"replied_on": "答复日期应在发出之后、不晚于今天。"})
        if reply == ConsultationReply.NO_REPLY:
            due = clocks.consultation_reply_due(c)
            if replied_on <= due:
                raise ValidationError(f"答复期限（{due:%Y-%m-%d}）尚未届满，不能认定为逾期未答复。")
        elif reply == ConsultationReply.DISAGREE:
            _required(reply_text, "reply_text", "第三方不同意公开的，请登记其理由。")
        elif reply != ConsultationReply.AGREE:
            raise ValidationError({"reply": "请选择意见。"})
        c.reply, c.reply_text, c.replied_on = reply, reply_text.strip(), replied_on
        c._history_user = user
        c.save()
        still_consulting = r.consultations.filter(reply=ConsultationReply.PENDING).exists()
        step.record(EventKind.CONSULTATION_REPLIED, c.reply_text, to=None if still_consulting else State.RECEIVED,
                    consultation=c.pk, reply=reply)
    return c


def override_objection(consultation, user, reasons, notified_on=None):
    """依申请公开 第四条 但书: disclose despite the objection for the public interest, with written
    reasons and a written notice to the third party of what is disclosed and why."""
    notified_on = notified_on or clocks.today()
    with _transition(consultation.request, user, "override_objection") as step:
        r = step.request
        c = Consultation.objects.select_for_update().get(pk=consultation.pk)
        if c.kind != ConsultationKind.THIRD_PARTY or c.reply != ConsultationReply.DISAGREE:
            raise ValidationError("只有第三方不同意公开时，才需要基于公共利益作出公开决定。")
        if c.is_overridden:
            raise ValidationError("已经作出过公开决定。")
        c.override_reasons = _required(reasons, "override_reasons", "请写明不公开可能对公共利益造成重大影响的理由。")
        c.override_notified_on, c.override_by = notified_on, user
        c._history_user = user
        c.save()
        step.record(EventKind.CONSULTATION_OVERRIDDEN, c.override_reasons, consultation=c.pk)
        _issue(r, LetterKind.OVERRIDE_NOTICE, letters.compose_override_notice(c), user, recipient=c.party_name,
               to_applicant=False, on=notified_on)
    return c


# -- extension (依申请公开 第五条, 条例 第三十三条) ----------------------------------------------------


def approve_extension(disclosure_request, user, days, reasons, on=None):
    on = on or clocks.today()
    with _transition(disclosure_request, user, "approve_extension", check_access=_check_may_approve_extension) as step:
        r = step.request
        if r.extension_days:
            raise ValidationError("答复期限已经延长过，不能再次延长。")
        if not isinstance(days, int) or not 1 <= days <= clocks.MAX_EXTENSION_WORKING_DAYS:
            raise ValidationError({"days": "延长的期限最长不得超过20个工作日。"})
        base_due = clocks.answer_due(r, on, with_extension=False)
        if on > base_due:
            raise ValidationError(f"答复期限已于{base_due:%Y-%m-%d}届满，不能再批准延期。")
        r.extension_reasons = _required(reasons, "reasons", "请写明延期理由。")
        r.extension_days, r.extension_approved_by, r.extension_approved_on = days, user, on
        new_due = clocks.answer_due(r, on)
        step.record(EventKind.EXTENDED, r.extension_reasons, days=days, due=new_due.isoformat())
        _issue(r, LetterKind.EXTENSION, letters.compose_extension(r, new_due), user, on=on)
    return r


# -- fees (条例 第四十二条, 国办函〔2020〕109号) ------------------------------------------------------


def issue_fee_notice(disclosure_request, user, basis, pages=None, on=None):
    on = on or clocks.today()
    with _transition(disclosure_request, user, "issue_fee_notice") as step:
        r = step.request
        if hasattr(r, "fee_notice"):
            raise ValidationError("本申请已经发出过收费通知。")
        if basis == FeeBasis.PER_ITEM:
            quantity = fees.position_in_month(r)
            amount = fees.price_of_item(quantity)
            explanation = fees.explain_item_fee(quantity, amount)
        elif basis == FeeBasis.PER_PAGE:
            if not pages or pages < 1:
                raise ValidationError({"pages": "按量计收的，请填写页数。"})
            quantity, amount = pages, fees.fee_for_pages(pages)
            explanation = fees.explain_page_fee(pages, amount)
        else:
            raise ValidationError({"basis": "请选择按件或按量计收（不能同时适用）。"})
        if amount <= 0:
            raise ValidationError("未超过免费范围，不收取信息处理费。")
        notice = FeeNotice(request=r, basis=basis, quantity=quantity, amount=amount, explanation=explanation,
                           issued_on=on, issued_by=user)
        notice._history_user = user
        notice.save()
        step.record(EventKind.FEE_NOTIFIED, explanation, to=State.FEE_PENDING, amount=str(amount))
        _issue(r, LetterKind.FEE_NOTICE, letters.compose_fee_notice(notice), user, on=on)
    return notice


def record_fee_payment(disclosure_request, user, paid_on=None, receipt_number=""):
    paid_on = paid_on or clocks.today()
    with _transition(disclosure_request, user, "record_fee_payment") as step:
        r = step.request
        notice = FeeNotice.objects.select_for_update().get(request=r)
        if paid_on < notice.issued_on or paid_on > clocks.today():
            raise ValidationError({"paid_on": "缴费日期应在通知之后、不晚于今天。"})
        notice.status, notice.settled_on, notice.receipt_number = FeeStatus.PAID, paid_on, receipt_number
        notice._history_user = user
        notice.save()
        step.record(EventKind.FEE_PAID, to=State.RECEIVED, receipt_number=receipt_number)
    return r


def lapse_fee(disclosure_request, user, on=None):
    on = on or clocks.today()
    with _transition(disclosure_request, user, "lapse_fee") as step:
        r = step.request
        notice = FeeNotice.objects.select_for_update().get(request=r)
        due = clocks.fee_payment_due(notice)
        if on <= due:
            raise ValidationError(f"缴费期限（{due:%Y-%m-%d}）尚未届满。")
        notice.status, notice.settled_on = FeeStatus.LAPSED, on
        notice._history_user = user
        notice.save()
        reason = ("您未在收费通知要求的期限内缴纳信息处理费。根据《政府信息公开信息处理费管理办法》的规定，"
                  "视为您放弃申请，本机关不再处理该政府信息公开申请。")
        _terminate(step, on, NationalOutcome.OTHER_FEE_UNPAID, "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）",
                   reason, EventKind.FEE_LAPSED)
    return r


# -- answer, release review and closing ------------------------------------------------------------


def _answer_fields(fields):
    return {field: (fields.get(field) or "").strip() for field in ANSWER_FIELDS}


def _check_answer(r, fields):
    """What every answer needs (依申请公开 第二条, 条例 第三十六条), checked without touching ``r``."""
    if not fields["outcome"]:
        raise ValidationError({"outcome": "请选择办理结果（年报口径）。"})
    errors = DisclosureRequest(**fields).answer_errors()
    if errors:
        raise ValidationError(errors)
    if fields["outcome"] == NationalOutcome.DISCLOSED:
        blocking = [c.party_name for c in r.consultations.all() if c.blocks_disclosure]
        if blocking:
            raise ValidationError(
                {"outcome": f"第三方（{'、'.join(blocking)}）不同意公开，不得公开；确需公开的，应先基于公共利益作出决定并书面通知第三方。"}
            )


def _check_immediate(r, on):
    if r.channel != Channel.IN_PERSON:
        raise ValidationError("当场答复只适用于当面提出的申请。")
    if r.received_on and r.received_on != on:
        raise ValidationError("当场答复只能在收到申请的当日作出。")


def _store_released_file(r, upload, content_type, user):
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return ReleasedFile.objects.create(
        request=r, file=upload, original_name=upload.name[:200], content_type=content_type, size=upload.size,
        sha256=digest.hexdigest(), uploaded_by=user,
    )


def answer(disclosure_request, user, immediate=False, on=None, files=(), keep_files=(), **fields):
    """Answer with exactly one national outcome and the bureau's answer kind; refusals carry basis and
    reasons. ``immediate`` is 当场答复 (依申请公开 第五条): received and answered the same day.

    An answer that releases information (予以公开, 部分公开, or files given: ``files`` uploaded now,
    ``keep_files`` kept from the previous proposal) is not issued: it is proposed to the release review
    (保密审查 第二、三、六条) and issued by the leader's approval. Answering again while it is under
    review replaces the proposal and restarts the review at step 1. Other answers are issued at once.
    The answer clock keeps running meanwhile (条例 第三十三条).
    """
    on = on or clocks.today()
    operation = "answer_immediately" if immediate else "answer"
    uploads = list(files or [])
    content_types = [check_upload(upload) for upload in uploads]
    with _transition(disclosure_request, user, operation) as step:
        r = step.request
        fields = _answer_fields(fields)
        _check_answer(r, fields)
        if immediate:
            _check_immediate(r, on)
        kept = list(keep_files or [])
        if any(f.request_id != r.pk for f in kept):
            raise ValidationError({"keep_files": "只能保留本申请已上传的文件。"})
        if not releases_information(fields["outcome"], uploads or kept):
            return _issue_answer(step, on, immediate, fields)
        if r.handling_section_id is None:
            raise ValidationError("公开政府信息的答复须经承办科室起草人、科室负责人和分管领导审查，请先分办到承办科室。")
        released = kept + [_store_released_file(r, u, t, user) for u, t in zip(uploads, content_types)]
        previous = release_review.current_proposal(r)
        proposal = ReleaseProposal(
            request=r, round=(previous.round + 1) if previous else 1, immediate=immediate, proposed_by=user,
            fingerprint=release_review.fingerprint(fields, [(f.sha256, f.original_name) for f in released], immediate),
            findings=release_review.scan(fields, released), **fields,
        )
        proposal.save()
        proposal.files.set(released)
        step.note(EventKind.RELEASE_PROPOSED, round=proposal.round, outcome=fields["outcome"],
                  files=[f.original_name for f in released])
        notifications.release_step_waiting(proposal, ReviewStep.DRAFTER_OPINION,
                                           release_review.people_for(r, ReviewStep.DRAFTER_OPINION))
    return r


def issue_answer(disclosure_request, user, immediate=False, on=None, files=(), **fields):
    """Issue an answer and its letter. An answer releasing information is refused unless the release
    review approved exactly this text and these files (``files``: ReleasedFile rows)."""
    on = on or clocks.today()
    with _transition(disclosure_request, user, "answer_immediately" if immediate else "answer") as step:
        return _issue_answer(step, on, immediate, _answer_fields(fields), list(files))


def _issue_answer(step, on, immediate, fields, files=()):
    """The one path to an answered request and its answer letter, inside the transition of the
    operation ``answer`` or ``answer_immediately``."""
    r, user = step.request, step.user
    _check_answer(r, fields)  # again: a third party may have objected during the review
    if releases_information(fields["outcome"], files):
        release_review.check_approved(r, fields, files, immediate)  # 保密审查 第二、三、六条
    for field in ANSWER_FIELDS:
        setattr(r, field, fields[field])
    if immediate:
        _check_immediate(r, on)
        r.received_on = r.clock_started_on = on
        r.is_immediate = True
    r.answered_on, r.answered_by = on, user
    kind = EventKind.ANSWERED_IMMEDIATELY if immediate else EventKind.ANSWERED
    step.record(kind, r.answer_reasons, to=State.ANSWERED, outcome=r.outcome, answer_kind=r.answer_kind)
    _issue(r, LetterKind.ANSWER, letters.compose_answer(r, files=files), user, on=on)
    return r


def give_release_opinion(proposal, user, outcome, comment="", on=None):
    """One step of the release review (保密审查 第六条): 同意, or 退回修改 with the reason. The step's
    role decides who may act, each person once per proposal; the leader's approval issues the answer."""
    on = on or clocks.today()
    comment = (comment or "").strip()
    # The state is checked below: a review ends when its request is answered, whatever answered it.
    with _transition(proposal.request, user, None) as transition:
        r = transition.request
        current = release_review.current_proposal(r)
        if current is None or current.pk != proposal.pk or not r.is_open:
            raise ValidationError("该答复已修改或已另行答复，本轮审查已结束。", code="release_superseded")
        step = current.next_step
        if step is None:
            raise ValidationError(f"本轮审查{current.status_label()}，不能再提出意见。", code="release_finished")
        if not release_review.holds_step(user, r, step):
            raise PermissionDenied(f"“{step.label}”只能由{STEP_ROLES[step].label}提出。")
        if release_review.has_given_opinion(user, current):
            raise PermissionDenied("您已对本答复提出过意见，一人只能提出一项意见（保密审查 第六条）。")
        if outcome not in Outcome.values:
            raise ValidationError({"outcome": "请选择同意或退回修改。"})
        if outcome == Outcome.REJECTED and not comment:
            raise ValidationError({"comment": "退回修改必须写明理由。"})
        if (outcome == Outcome.APPROVED and step == ReviewStep.CONFIDENTIALITY_REVIEW and current.findings
                and not comment):
            raise ValidationError({"comment": "存在敏感信息提示，同意前请在意见说明中写明核对结论（保密审查 第五条）。"})
        try:
            with transaction.atomic():
                opinion = ReleaseOpinion.objects.create(proposal=current, step=step, reviewer=user, outcome=outcome,
                                                        comment=comment)
        except IntegrityError:
            raise ValidationError("该环节已有人提出意见。", code="release_race") from None
        if outcome == Outcome.REJECTED:
            transition.note(EventKind.RELEASE_RETURNED, comment, round=current.round, step=step.value)
            notifications.release_returned(current, opinion)
            return opinion
        transition.note(EventKind.RELEASE_APPROVED_STEP, comment, round=current.round, step=step.value)
        current = release_review.current_proposal(r)
        if current.is_approved:
            # The leader's approval is the answer: the operation ``answer`` (or ``answer_immediately``),
            # refused if the request has meanwhile left the state it may be answered from.
            operation = "answer_immediately" if current.immediate else "answer"
            with _transition(r, user, operation) as answering:
                _issue_answer(answering, on, current.immediate, current.answer_fields(), list(current.files.all()))
        else:
            notifications.release_step_waiting(current, current.next_step,
                                               release_review.people_for(r, current.next_step))
    return opinion


def close(disclosure_request, user, on=None, note=""):
    """办结归档 (条例 第四十五条). The closing year decides the annual report that counts it."""
    on = on or clocks.today()
    with _transition(disclosure_request, user, "close") as step:
        r = step.request
        r.closed_on = on
        step.record(EventKind.CLOSED, note, to=State.CLOSED)
    return r


# -- conversion to proactive disclosure (条例 第四十四条) ---------------------------------------------


def convert_to_proactive(disclosure_request, user, title=None, parent=None):
    """Create a draft catalogue item from an answered request; it then goes through the review chain."""
    from disclosure_pages.models import CategoryPage, DisclosureCategory, DisclosureItemPage

    with _transition(disclosure_request, user, "convert_to_proactive") as step:
        r = step.request
        if r.outcome not in (NationalOutcome.DISCLOSED, NationalOutcome.PARTLY_DISCLOSED):
            raise ValidationError("只有予以公开或部分公开的申请可以转为主动公开。")
        if r.proactive_page_id:
            raise ValidationError("该申请已经转为主动公开。")
        if r.handling_section_id is None:
            raise ValidationError("请先分办到承办科室，转为主动公开后由该科室作为发布机构。")
        if parent is None:
            parent = CategoryPage.objects.filter(category=DisclosureCategory.OTHER).order_by("depth", "path").first()
        if parent is None:
            raise ValidationError({"parent": "没有“其他应当公开事项”栏目，请选择一个目录栏目。"})
        page = DisclosureItemPage(
            title=_required(title or r.information_name, "title", "请填写标题。"),
            publisher=r.handling_section,
            document_number=r.document_number,
            creation_date=r.answered_on or clocks.today(),
            summary=r.description[:500],
            live=False,
            owner=user,
        )
        parent.specific.add_child(instance=page)
        page.save_revision(user=user)
        r.proactive_page = page
        step.record(EventKind.CONVERTED, page=page.pk, parent=parent.pk)
    return page
