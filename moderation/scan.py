"""Sensitive-content scan before the confidentiality review (保密审查 第五条).

Looks for resident ID numbers (GB 11643 check digit), mainland mobile numbers, bank card numbers
(Luhn), unified social credit codes (GB 32100 check digit) and classification markings in the
title, summary, body and attached documents (.txt/.html/.docx/.pdf).
"""

import io
import logging
import re
from dataclasses import dataclass

from bs4 import BeautifulSoup

from outgoing.identifiers import bank_card_is_valid, credit_code_has_valid_check, mask, resident_id_has_valid_check

from .models import FindingKind, SensitiveFinding
from .review_content import block_texts

logger = logging.getLogger(__name__)

EIGHTEEN = re.compile(r"(?<![0-9A-Za-z])[0-9A-Z]{17}[0-9A-Za-z](?![0-9A-Za-z])")
CARD = re.compile(r"(?<![0-9])(?:\d{4}[ -]){3}\d{4}(?:[ -]?\d{1,3})?(?![0-9])|(?<![0-9A-Za-z])\d{16,19}(?![0-9A-Za-z])")
MOBILE = re.compile(r"(?<![0-9])(?:\+?86[ -]?)?1[3-9]\d{9}(?![0-9])")
# 秘密 inside 国家秘密/商业秘密/工作秘密 is the name of a category, not a marking.
MARKING = re.compile(r"(?<!国家)(?<!商业)(?<!工作)(?<!保守)(?:绝密|机密|秘密)(?:★\S{0,6})?|★")


@dataclass
class Match:
    kind: str
    place: str
    text: str
    excerpt: str


def shown(kind, text):
    """Personal numbers are masked (``outgoing.identifiers.mask``); a classification marking is shown."""
    return text if kind == FindingKind.CLASSIFICATION_MARK else mask(text)


def scan_text(text, place):
    found, taken = [], []

    def add(kind, m):
        start, end = m.span()
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        excerpt = text[max(0, start - 12):start] + shown(kind, m.group()) + text[end:end + 12]
        found.append(Match(kind, place, m.group(), excerpt.replace("\n", " ")))

    for m in EIGHTEEN.finditer(text):
        value = m.group()
        if resident_id_has_valid_check(value):
            add(FindingKind.RESIDENT_ID, m)
        elif credit_code_has_valid_check(value) and not value.isdigit():
            add(FindingKind.CREDIT_CODE, m)
    for m in CARD.finditer(text):
        if bank_card_is_valid(m.group()):
            add(FindingKind.BANK_CARD, m)
    for m in MOBILE.finditer(text):
        add(FindingKind.MOBILE, m)
    for m in MARKING.finditer(text):
        add(FindingKind.CLASSIFICATION_MARK, m)
    return found


def document_text(document):
    """Text of an attached document, where a library can extract it."""
    name = document.file.name.lower()
    try:
        with document.file.open("rb") as f:
            data = f.read()
    except OSError:
        logger.warning("附件无法读取：%s", name)
        return ""
    if name.endswith(".txt"):
        for encoding in ("utf-8", "gb18030"):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
        return ""
    if name.endswith((".html", ".htm")):
        return BeautifulSoup(data, "html.parser").get_text(" ")
    if name.endswith(".docx"):
        import docx

        doc = docx.Document(io.BytesIO(data))
        parts = [p.text for p in doc.paragraphs]
        parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
        return "\n".join(parts)
    if name.endswith(".pdf"):
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return ""


def scan_page(page):
    matches = scan_text(page.title or "", "标题")
    for field, place in (("summary", "内容概述"), ("intro", "简介"), ("description", "栏目说明")):
        value = getattr(page, field, "") or ""
        matches += scan_text(BeautifulSoup(str(value), "html.parser").get_text(" ") if "<" in str(value) else str(value), place)
    body = getattr(page, "body", None)
    if body is not None:
        matches += scan_text("\n".join(block_texts(list(body.raw_data))), "正文")
    for attachment in getattr(page, "attachments", None).all() if hasattr(page, "attachments") else []:
        matches += scan_text(document_text(attachment.document), f"附件《{attachment.display_title}》")
    return matches


def scan_submission(submission, revision):
    """Record the findings for ``revision`` in ``submission`` (once per revision)."""
    if SensitiveFinding.objects.filter(submission=submission, revision=revision).exists():
        return []
    page = revision.as_object()
    return SensitiveFinding.objects.bulk_create(
        SensitiveFinding(
            submission=submission,
            page_id=page.pk,
            revision=revision,
            kind=m.kind,
            place=m.place[:300],
            excerpt=m.excerpt[:300],
            matched_text=shown(m.kind, m.text)[:100],
        )
        for m in scan_page(page)
    )


def unresolved_findings(submission):
    return SensitiveFinding.objects.filter(submission=submission, confirmed_at__isnull=True)


def confirm_finding(finding, user, reason):
    """保密审查 第五条: the reviewer confirms a finding may stay, with a recorded reason."""
    from django.utils import timezone

    from .models import ReviewStep
    from .people import holds_step
    from .review_actions import ReviewRefused

    if not reason or not reason.strip():
        raise ReviewRefused("确认敏感信息必须填写理由。")
    if not holds_step(user, finding.page, ReviewStep.CONFIDENTIALITY_REVIEW):
        raise ReviewRefused("只有办公室保密审查员可以确认敏感信息提示。")
    finding.confirmed_by = user
    finding.confirmed_at = timezone.now()
    finding.confirmation_reason = reason.strip()
    finding.save()
    return finding
