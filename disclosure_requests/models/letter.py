from django.conf import settings
from django.db import models

from .choices import LetterKind


class Letter(models.Model):
    """A letter (文书) as issued: its text is frozen when issued, so it reads the same years later."""

    request = models.ForeignKey(
        "disclosure_requests.DisclosureRequest", on_delete=models.CASCADE, related_name="letters",
        verbose_name="申请",
    )
    kind = models.CharField("文书类型", max_length=24, choices=LetterKind.choices)
    number = models.CharField("文书编号", max_length=40, unique=True)
    title = models.CharField("标题", max_length=60)
    recipient = models.CharField("收件人", max_length=120)
    body = models.TextField("正文")
    issued_on = models.DateField("日期")
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name="经办人",
    )
    to_applicant = models.BooleanField("发给申请人", default=True, help_text="申请人可在查询页面查看")

    class Meta:
        verbose_name = "文书"
        verbose_name_plural = "文书"
        ordering = ["issued_on", "pk"]

    def __str__(self):
        return f"{self.title}（{self.number}）"

    @property
    def paragraphs(self):
        return [p for p in self.body.split("\n") if p.strip()]
