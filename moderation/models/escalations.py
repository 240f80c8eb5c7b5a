"""保密审查 第七条: referral of an item whose classification is unclear."""

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class EscalationDecision(models.TextChoices):
    NOT_SECRET = "not_secret", "不属于国家秘密"
    SECRET = "secret", "秘密"
    CONFIDENTIAL = "confidential", "机密"
    TOP_SECRET = "top_secret", "绝密"


class Escalation(models.Model):
    submission = models.ForeignKey(
        "wagtailcore.WorkflowState", on_delete=models.PROTECT, related_name="escalations", verbose_name="送审"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.PROTECT, related_name="+", verbose_name="页面")
    # The content whose classification was referred (empty only for referrals recorded before this was kept).
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name="报送时的版本",
    )
    referred_to = models.CharField("报送机关", max_length=200, help_text="有权确定密级的上级领导或保密工作部门")
    question = models.TextField("需确定的事项")
    referred_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="报送人"
    )
    referred_at = models.DateTimeField("报送时间", auto_now_add=True)
    decision = models.CharField("确定结果", max_length=16, choices=EscalationDecision.choices, blank=True)
    decision_reference = models.CharField("确定依据/文号", max_length=200, blank=True)
    decided_at = models.DateTimeField("确定时间", null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name="登记人",
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = "密级确定报送"
        verbose_name_plural = "密级确定报送"
        ordering = ["-referred_at", "-pk"]

    def __str__(self):
        return f"{self.page_id} → {self.referred_to}"

    @property
    def is_pending(self):
        return not self.decision
