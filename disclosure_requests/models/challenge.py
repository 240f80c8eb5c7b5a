from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
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

    def clean(self):
        # 条例 第五十一条, 表四: a case is counted by its dates, so they must be facts — none in the future,
        # a decision only with a result and after the filing, and the filing after the request was received.
        errors = {}
        today = timezone.localdate()
        if self.filed_on and self.filed_on > today:
            errors["filed_on"] = "立案日期不能晚于今天。"
        if self.result == ChallengeResult.PENDING:
            if self.decided_on:
                errors["decided_on"] = "结果为“尚未审结”时不填审结日期；已审结的，请选择审结结果。"
        elif not self.decided_on:
            errors["decided_on"] = f"结果为“{self.get_result_display()}”时须填写审结日期。"
        elif self.decided_on > today:
            errors["decided_on"] = "审结日期不能晚于今天。"
        elif self.filed_on and self.decided_on < self.filed_on:
            errors["decided_on"] = "审结日期不能早于立案日期。"
        if self.request_id:
            received_on = self.request.received_on
            if received_on is None:
                errors["request"] = "该申请尚未确认收到（没有收到申请日期），不能登记复议或诉讼。"
            elif self.filed_on and self.filed_on < received_on and "filed_on" not in errors:
                errors["filed_on"] = (f"立案日期不能早于该申请的收到日期（{received_on.year}年{received_on.month}月"
                                      f"{received_on.day}日）。")
        if errors:
            raise ValidationError(errors)
