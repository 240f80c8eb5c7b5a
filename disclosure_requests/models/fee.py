from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from .choices import FeeBasis, FeeStatus


class FeeNotice(models.Model):
    """收费通知 (条例 第四十二条, 国办函〔2020〕109号): basis, standard, amount; then payment or lapse."""

    request = models.OneToOneField(
        "disclosure_requests.DisclosureRequest", on_delete=models.CASCADE, related_name="fee_notice",
        verbose_name="申请",
    )
    basis = models.CharField("计收方式", max_length=12, choices=FeeBasis.choices)
    quantity = models.PositiveIntegerField("件数或页数", help_text="按件：本月该申请人的第几件；按量：页数")
    amount = models.DecimalField("金额（元）", max_digits=10, decimal_places=2)
    explanation = models.TextField("计算说明")
    issued_on = models.DateField("通知日期")
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                                  verbose_name="经办人")
    status = models.CharField("状态", max_length=12, choices=FeeStatus.choices, default=FeeStatus.NOTIFIED)
    settled_on = models.DateField("缴费或逾期认定日期", null=True, blank=True)
    receipt_number = models.CharField("票据号", max_length=60, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "信息处理费"
        verbose_name_plural = "信息处理费"

    def __str__(self):
        return f"{self.get_basis_display()} ¥{self.amount}"
