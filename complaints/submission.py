"""A citizen's complaint arriving, and finding it again by tracking number and query code."""

from django.contrib.auth.hashers import check_password, make_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import get_random_string

from disclosure_pages.models import catalogue_entries

from . import deadlines
from .models import Complaint

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud and typed by hand
ITEM_REFUSAL = "所涉信息不存在或未公开。请从已公开信息页面的“纠错”链接进入，或在内容中说明信息的标题。"


def public_item(pk):
    """The item a complaint may name: live, public, unclassified, proactive (the catalogue's own rule);
    None for anything else, so an unpublished item is never named to the citizen."""
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        return None
    return catalogue_entries().filter(pk=pk).first()


def _tracking_number(day):
    return f"JDJB{day:%Y%m%d}-" + get_random_string(6, CODE_ALPHABET)


def _normalise(value):
    return (value or "").strip().upper()


def submit(complaint):
    """Store a new complaint; return (complaint, query code). The code is shown once and kept only
    as a password hash. The reply is due within the 承诺时限 (``deadlines.REPLY_PERIOD_WORKING_DAYS``)."""
    if complaint.item_id is not None and public_item(complaint.item_id) is None:
        raise ValidationError({"item": ITEM_REFUSAL})
    complaint.full_clean(exclude=["tracking_number"])
    complaint.submitted_at = timezone.now()
    complaint.reply_due_on = deadlines.reply_due(complaint.submitted_at)
    code = get_random_string(8, CODE_ALPHABET)
    for _attempt in range(10):
        complaint.tracking_number = _tracking_number(timezone.localdate(complaint.submitted_at))
        complaint.query_code_hash = make_password(code)
        try:
            with transaction.atomic():
                complaint.save()
            return complaint, code
        except IntegrityError:
            if not Complaint.objects.filter(tracking_number=complaint.tracking_number).exists():
                raise
            complaint.pk = None  # the random part collided: draw again
    raise RuntimeError("could not allocate a tracking number")


def find_by_codes(tracking_number, code):
    """The complaint whose tracking number and query code both match, else None. A hash is computed
    even for an unknown tracking number (as Django's log-in does), so the timing tells nothing."""
    candidate = Complaint.objects.filter(tracking_number=_normalise(tracking_number)).first()
    if candidate is None or not candidate.query_code_hash:
        make_password(_normalise(code))
        return None
    return candidate if check_password(_normalise(code), candidate.query_code_hash) else None
