from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from .choices import ConsultationKind, ConsultationReply


class Consultation(models.Model):
    """征求意见: written consultation of a third party (条例 第三十二条, 依申请公开 第四条)
    or of a co-making agency (条例 第三十四条). Its time is not counted in the answer period."""

    request = models.ForeignKey(
        "disclosure_requests.DisclosureRequest", on_delete=models.CASCADE, related_name="consultations",
        verbose_name="申请",
    )
    kind = models.CharField("类型", max_length=20, choices=ConsultationKind.choices, default=ConsultationKind.THIRD_PARTY)
    party_name = models.CharField("被征求意见方", max_length=100)
    party_contact = models.CharField("联系方式/地址", max_length=200, blank=True)
    matters = models.TextField("征求意见的内容", help_text="拟公开的信息及可能涉及的商业秘密、个人隐私等")
    sent_on = models.DateField("发出日期")
    party_received_on = models.DateField("对方收到日期", null=True, blank=True, help_text="答复期限从此起算")
    reply = models.CharField("意见", max_length=12, choices=ConsultationReply.choices, default=ConsultationReply.PENDING)
    reply_text = models.TextField("意见内容", blank=True)
    replied_on = models.DateField("答复（或认定）日期", null=True, blank=True)
    # 依申请公开 第四条 但书: disclosure despite objection, for the public interest.
    override_reasons = models.TextField("决定公开的理由（公共利益）", blank=True)
    override_notified_on = models.DateField("书面通知第三方日期", null=True, blank=True)
    override_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name="决定人",
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = "征求意见"
        verbose_name_plural = "征求意见"
        ordering = ["sent_on", "pk"]

    def __str__(self):
        return f"{self.party_name}（{self.get_reply_display()}）"

    @property
    def is_pending(self):
        return self.reply == ConsultationReply.PENDING

    @property
    def is_overridden(self):
        return bool(self.override_reasons and self.override_notified_on)

    @property
    def blocks_disclosure(self):
        """A third party's objection forbids disclosure unless overridden (依申请公开 第四条)."""
        return (
            self.kind == ConsultationKind.THIRD_PARTY
            and self.reply == ConsultationReply.DISAGREE
            and not self.is_overridden
        )
