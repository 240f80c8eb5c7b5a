"""What the reviewers approve (保密审查 第六条: each opinion is given on one revision): the content of
the revision a round reviews, as a reader sees it, and what changed since the round before."""

import difflib

from bs4 import BeautifulSoup
from wagtail.models import TaskState

FIELDS = [("title", "标题"), ("document_number", "文号"), ("publisher", "发布机构"), ("creation_date", "生成日期"),
          ("summary", "内容概述"), ("validity", "有效性")]


def _text(value):
    value = "" if value is None else str(value)
    return BeautifulSoup(value, "html.parser").get_text(" ").strip() if "<" in value else value.strip()


def block_texts(value):
    """The texts of stream data (``body.raw_data``), markup removed; block types and ids left out."""
    if isinstance(value, dict):
        if "type" in value and "value" in value:  # a stream block: its text, not its type or id
            return block_texts(value["value"])
        return [t for v in value.values() for t in block_texts(v)]
    if isinstance(value, list | tuple):
        return [t for v in value for t in block_texts(v)]
    text = _text(value) if isinstance(value, str) else ""
    return [text] if text else []


def content_lines(revision):
    """(label, text) lines of a revision's page: metadata, each body paragraph, each attachment."""
    page = revision.as_object()
    lines = []
    for field, label in FIELDS:
        if hasattr(page, field):
            display = getattr(page, f"get_{field}_display", None)
            value = display() if display else getattr(page, field)
            if value not in (None, ""):
                lines.append((label, _text(value)))
    body = getattr(page, "body", None)
    if body is not None:
        lines += [("正文", text) for text in block_texts(list(body.raw_data))]
    for attachment in page.attachments.all() if hasattr(page, "attachments") else []:
        lines.append(("附件", attachment.display_title))
    return lines


def reviewed_revision(submission):
    """The revision the round's last step looked at (the one its opinions approve)."""
    task_state = TaskState.objects.filter(workflow_state=submission).order_by("-started_at", "-pk").first()
    return task_state.revision if task_state else None


def changes(before, after):
    """Lines removed ("-") and added ("+") from ``before`` to ``after`` (lists of (label, text))."""
    old = [f"{label}：{text}" for label, text in before]
    new = [f"{label}：{text}" for label, text in after]
    return [(line[0], line[2:]) for line in difflib.ndiff(old, new) if line[:1] in "+-" and line[1:2] == " "]


def annotate_rounds(submissions):
    """Give each submission (newest first) ``content`` and ``changes`` since the round before it."""
    revisions = [reviewed_revision(submission) for submission in submissions]
    contents = [content_lines(revision) if revision else [] for revision in revisions]
    for index, submission in enumerate(submissions):
        submission.content = contents[index]
        earlier = index + 1 < len(submissions) and revisions[index + 1] is not None
        submission.changes = changes(contents[index + 1], contents[index]) if earlier else None
