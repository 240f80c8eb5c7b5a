import os
import uuid
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone


class PrivateFileStorage(FileSystemStorage):
    """Outside MEDIA_ROOT and without URLs: files go out only through a permission-checked view.

    The folder is read from settings on each use (``DISCLOSURE_REQUESTS_PRIVATE_ROOT``).
    """

    @property
    def base_location(self):
        root = getattr(settings, "DISCLOSURE_REQUESTS_PRIVATE_ROOT", None)
        return str(root or Path(settings.BASE_DIR) / "private" / "disclosure_requests")

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("申请附件是非公开文件，没有公开地址。")


def private_storage():
    return PrivateFileStorage()


def attachment_path(instance, filename):
    # The stored name says nothing about the applicant or the original file name.
    return f"{timezone.localtime(instance.request.submitted_at):%Y/%m}/{uuid.uuid4().hex}{Path(filename).suffix.lower()}"


class RequestAttachment(models.Model):
    """An applicant's file (identity document, supporting material). Private: never a Wagtail image or document."""

    request = models.ForeignKey(
        "disclosure_requests.DisclosureRequest", on_delete=models.CASCADE, related_name="attachments",
        verbose_name="申请",
    )
    file = models.FileField("文件", storage=private_storage, upload_to=attachment_path, max_length=200)
    original_name = models.CharField("原文件名", max_length=200)
    content_type = models.CharField("类型", max_length=100)
    size = models.PositiveIntegerField("大小（字节）")
    uploaded_at = models.DateTimeField("上传时间", auto_now_add=True)

    class Meta:
        verbose_name = "申请附件"
        verbose_name_plural = "申请附件"
        ordering = ["pk"]

    def __str__(self):
        return self.original_name
