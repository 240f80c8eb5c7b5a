"""Sensitive-content findings shown to the confidentiality reviewer (保密审查 第五条)."""

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class FindingKind(models.TextChoices):
    RESIDENT_ID = "resident_id", "居民身份证号码"
    MOBILE = "mobile", "手机号码"
    BANK_CARD = "bank_card", "银行卡号"
    CREDIT_CODE = "credit_code", "统一社会信用代码"
    CLASSIFICATION_MARK = "classification_mark", "密级标志"


class SensitiveFinding(models.Model):
    """One match of the scan on one revision. Resolved by confirming it with a reason, or by
    removing it from the page (which makes a new revision and a new scan)."""

    submission = models.ForeignKey(
        "wagtailcore.WorkflowState", on_delete=models.PROTECT, related_name="sensitive_findings", verbose_name="送审"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.PROTECT, related_name="+", verbose_name="页面")
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.PROTECT, related_name="sensitive_findings", verbose_name="版本"
    )
    kind = models.CharField("类型", max_length=24, choices=FindingKind.choices)
    place = models.CharField("位置", max_length=300)
    excerpt = models.CharField("片段", max_length=300)
    matched_text = models.CharField("命中内容", max_length=100)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="确认人",
    )
    confirmed_at = models.DateTimeField("确认时间", null=True, blank=True)
    confirmation_reason = models.TextField("确认理由", blank=True)
    created_at = models.DateTimeField("发现时间", auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "敏感信息提示"
        verbose_name_plural = "敏感信息提示"
        ordering = ["pk"]

    def __str__(self):
        return f"{self.get_kind_display()} @ {self.place}"

    @property
    def is_resolved(self):
        return self.confirmed_at is not None
