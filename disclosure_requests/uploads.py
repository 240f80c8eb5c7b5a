"""Applicants' optional attachments: type and size limits, checked on content, not only on the name."""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError

# extension → (content type, magic bytes at the start of the file)
ALLOWED_TYPES = {
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".ofd": ("application/ofd", (b"PK\x03\x04",)),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (b"PK\x03\x04",)),
}
ALLOWED_LABEL = "PDF、JPG、PNG、OFD、DOCX"


def max_bytes():
    return settings.DISCLOSURE_REQUESTS_MAX_ATTACHMENT_BYTES


def max_count():
    return settings.DISCLOSURE_REQUESTS_MAX_ATTACHMENTS


def check_upload(upload):
    """Return the content type of an acceptable upload, or raise ValidationError."""
    suffix = Path(upload.name or "").suffix.lower()
    if suffix not in ALLOWED_TYPES:
        raise ValidationError(f"附件“{upload.name}”的类型不允许，只能上传 {ALLOWED_LABEL} 文件。", code="attachment_type")
    limit = max_bytes()
    if upload.size > limit:
        raise ValidationError(
            f"附件“{upload.name}”超过 {limit // (1024 * 1024)}MB，请压缩后重新上传。", code="attachment_size"
        )
    content_type, signatures = ALLOWED_TYPES[suffix]
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if not any(head.startswith(sig) for sig in signatures):
        raise ValidationError(f"附件“{upload.name}”的内容与文件类型不符。", code="attachment_content")
    return content_type


def check_uploads(uploads):
    if len(uploads) > max_count():
        raise ValidationError(f"最多上传 {max_count()} 个附件。", code="attachment_count")
    return [check_upload(upload) for upload in uploads]
