from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from .choices import ChallengeKind, ChallengeResult


class LegalChallenge(models.Model):
    """An administrative review (行政复议) or lawsuit (行政诉讼) against the answer to a request
    (条例 第五十一条), counted in the annual report's 表四 in the year it was filed; entered by the office."""

    request = models.ForeignKey(
        "disclosure_requests.DisclosureRequest", on_delete=models.PROTECT, related_name="challenges",
        verbose_name="所涉申请",
    )
    kind = models.CharField("类型", max_length=32, choices=ChallengeKind.choices)
    case_number = models.CharField("案号", max_length=80, blank=True, help_text="复议机关或法院的案号")
    authority = models.CharField("复议机关或法院", max_length=100, blank=True)
    filed_on = models.DateField("立案日期", help_text="复议机关受理或法院立案的日期，决定计入哪一年的年度报告")
    result = models.CharField("结果", max_length=16, choices=ChallengeResult.choices, default=ChallengeResult.PENDING)
    decided_on = models.DateField("审结日期", null=True, blank=True)
    note = models.TextField("说明", blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="+", verbose_name="登记人", editable=False)
    created_at = models.DateTimeField("登记时间", auto_now_add=True)

    history = HistoricalRecords(verbose_name="复议诉讼记录变更", verbose_name_plural="复议诉讼记录变更")

    class Meta:
        verbose_name = "行政复议、行政诉讼"
        verbose_name_plural = "行政复议、行政诉讼"
        ordering = ["-filed_on", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.case_number or self.pk}"
