"""A file used by a live revision is kept as it is (保密审查 第二、三条).

Replacing it would change what the public downloads without a review; deleting it would break a
reviewed page. A new file goes in as a new document or image, used by a new revision of the page
that passes the review chain; once no live revision uses the old one, it may go.
"""

from django.core.exceptions import PermissionDenied

from .uses import in_live_use


class FileInUse(PermissionDenied):
    """Refused change to a file used by a live page; ``str(exc)`` is the message to show.

    A ``PermissionDenied``: in Wagtail's admin it becomes the "no permission" redirect, never a 500
    (the admin views check first and show the message itself)."""


def _label(file):
    return f"「{file.title}」正被已发布页面使用"


def replacement_refusal(file):
    if in_live_use(file):
        return f"{_label(file)}，不能替换文件。请上传新文件，在页面的新版本中使用，经保密审查发布后生效。"
    return None


def deletion_refusal(file):
    if in_live_use(file):
        return f"{_label(file)}，不能删除。请先通过保密审查发布不再使用它的页面版本。"
    return None


def refuse_replacement(file, previous_name):
    if previous_name != file.file.name and (reason := replacement_refusal(file)):
        raise FileInUse(reason)


def refuse_deletion(file):
    if reason := deletion_refusal(file):
        raise FileInUse(reason)
