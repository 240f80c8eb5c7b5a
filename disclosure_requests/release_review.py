"""The release review of answers that give information (保密审查 第二、三、六条).

Who acts at each step, what a proposal contains (its fingerprint and the sensitive-content scan),
and whether an answer about to be issued is exactly the one the four people approved. The
operations themselves (propose, give an opinion, issue) are in ``services``.
"""

import hashlib
import json
import logging

from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Prefetch

from moderation.models.findings import FindingKind
from moderation.models.opinions import ReviewStep
from moderation.people import STEP_ROLES
from moderation.scan import document_text, scan_text
from organisation.people import holds, holds_in_office

from .models import DisclosureRequest, ReleaseOpinion, ReleaseProposal
from .models.choices import OPEN_STATES, State
from .models.release import ANSWER_FIELDS

logger = logging.getLogger(__name__)

NOT_SCANNED = "not_scanned"


def file_digest(file_field):
    """SHA-256 of a stored file's content, read from storage now."""
    digest = hashlib.sha256()
    with file_field.open("rb") as f:
        for chunk in f.chunks():
            digest.update(chunk)
    return digest.hexdigest()


def fingerprint(fields, file_digests, immediate):
    """One digest of an answer's text and files: what the four opinions approve (保密审查 第六条)."""
    payload = {
        "fields": {name: (fields.get(name) or "").strip() for name in ANSWER_FIELDS},
        "immediate": bool(immediate),
        "files": sorted(file_digests),
    }
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def proposals_of(disclosure_request):
    return (ReleaseProposal.objects.filter(request=disclosure_request).order_by("-round")
            .prefetch_related(Prefetch("opinions", ReleaseOpinion.objects.select_related("reviewer")), "files")
            .select_related("proposed_by"))


def current_proposal(disclosure_request):
    """The latest proposal: the only one that can still be acted on or issued."""
    return proposals_of(disclosure_request).first()


# -- the sensitive-content scan of moderation/, on the released text and files (保密审查 第五条) ----


def scan(fields, files):
    """Findings for the confidentiality reviewer: the scan of pages, run on the answer's text and
    on the text of each released file; files whose text cannot be read are listed for a manual check."""
    findings = []
    texts = [("答复内容", fields.get("answer_content")), ("法律依据", fields.get("answer_basis")),
             ("理由", fields.get("answer_reasons"))]
    for place, text in texts:
        findings += [_finding(m) for m in scan_text(text or "", place)]
    for released in files:
        place = f"文件《{released.original_name}》"
        try:
            text = document_text(released)
        except Exception:  # noqa: BLE001 - a damaged file is shown for a manual check, not an error
            logger.warning("公开的文件无法读取文字：%s", released.pk, exc_info=True)
            text = ""
        if text.strip():
            findings += [_finding(m) for m in scan_text(text, place)]
        else:
            findings.append({"kind": NOT_SCANNED, "label": "未能自动检查", "place": place,
                             "excerpt": "无法提取文字（图片、扫描件或OFD），请人工核对全文"})
    return findings


def _finding(match):
    return {"kind": str(match.kind), "label": FindingKind(match.kind).label, "place": match.place[:300],
            "excerpt": match.excerpt[:300]}


# -- who acts --------------------------------------------------------------------------------------


def holds_step(user, disclosure_request, step):
    """保密审查 第六条 and 第四条: steps 1, 2 and 4 belong to the request's handling section, step 3 to
    the general office's confidentiality reviewers."""
    role = STEP_ROLES[step]
    if step == ReviewStep.CONFIDENTIALITY_REVIEW:
        return holds_in_office(user, role)
    return holds(user, role, disclosure_request.handling_section_id)


def has_given_opinion(user, proposal):
    return any(o.reviewer_id == user.pk for o in proposal.opinions.all())


def may_act(user, proposal):
    """The proposal waits for a step ``user`` holds, and ``user`` has not acted on it yet."""
    step = proposal.next_step
    return (step is not None and proposal.request.is_open and holds_step(user, proposal.request, step)
            and not has_given_opinion(user, proposal))


def people_for(disclosure_request, step):
    from organisation.models import Section

    if step == ReviewStep.CONFIDENTIALITY_REVIEW:
        section = Section.general_office()
    else:
        section = disclosure_request.handling_section
    return section.members(STEP_ROLES[step]).distinct() if section else []


def waiting_for(user):
    """Current proposals of open requests that wait for ``user``'s opinion, oldest first."""
    if not user.is_authenticated or not user.is_active:
        return []
    newer = ReleaseProposal.objects.filter(request=OuterRef("request"), round__gt=OuterRef("round"))
    requests = DisclosureRequest.objects.visible_to(user).filter(state__in=OPEN_STATES)
    proposals = (ReleaseProposal.objects.filter(request__in=requests).filter(~Exists(newer))
                 .select_related("request", "request__handling_section")
                 .prefetch_related("opinions").order_by("proposed_at", "pk"))
    return [p for p in proposals if may_act(user, p)]


# -- the rule on the issuing path ------------------------------------------------------------------


def check_approved(disclosure_request, fields, files, immediate):
    """保密审查 第二、三、六条: an answer that releases information goes out only when the current
    proposal holds four approvals from four people, and its text and files are, byte for byte, what
    they approved. Raises ValidationError otherwise."""
    proposal = current_proposal(disclosure_request)
    if proposal is None or not proposal.is_approved:
        raise ValidationError(
            "该答复公开政府信息，须经起草人初步意见、科室负责人审查、办公室保密审查和分管领导审批后方可发出"
            "（保密审查 第二、三、六条）。", code="release_review_required")
    current = fingerprint(fields, [(file_digest(f.file), f.original_name) for f in files], immediate)
    if current != proposal.fingerprint:
        raise ValidationError(
            "要发出的答复内容或文件与审查批准的不一致，须重新送审（保密审查 第六条）。", code="release_review_mismatch")
    return proposal


def issued_files(disclosure_request):
    """The files given with the issued answer (for the applicant), else none."""
    if disclosure_request.state not in (State.ANSWERED, State.CLOSED):
        return []
    proposal = current_proposal(disclosure_request)
    if proposal is None or not proposal.is_approved or proposal.outcome != disclosure_request.outcome:
        return []
    return list(proposal.files.all())
