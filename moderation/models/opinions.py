"""Recorded review opinions (保密审查 第六条): one immutable row per step acted on."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from disclosure_pages.models import DisclosureDecision


class ReviewStep(models.IntegerChoices):
    """保密审查 第六条（一）至（四）, in order."""

    DRAFTER_OPINION = 1, "起草科室工作人员初步意见"
    SECTION_HEAD_REVIEW = 2, "科室负责人审查意见"
    CONFIDENTIALITY_REVIEW = 3, "办公室保密审查意见"
    LEADER_APPROVAL = 4, "分管领导审批"


class WithholdingGround(models.TextChoices):
    """Grounds for not disclosing proactively: 保密审查 第五条, 依申请公开 第二条（三）（四）."""

    STATE_SECRET = "state_secret", "国家秘密"
    TRADE_SECRET = "trade_secret", "商业秘密"
    PERSONAL_PRIVACY = "personal_privacy", "个人隐私"
    SECURITY_STABILITY = "security_stability", "危及国家安全、公共安全、经济安全和社会稳定"
    INTERNAL_INFORMATION = "internal_information", "内部管理信息"
    PROCESS_INFORMATION = "process_information", "过程性信息"


class Outcome(models.TextChoices):
    APPROVED = "approved", "同意"
    REJECTED = "rejected", "退回修改"


class ImmutableRecord(models.Model):
    """A record that is written once and never changed or deleted (the archive keeps it)."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.pk and not self._state.adding:
            raise ValidationError("审查记录一经保存不得修改。")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError("审查记录不得删除。")


class ReviewOpinionQuerySet(models.QuerySet):
    def approvals(self):
        return self.filter(outcome=Outcome.APPROVED)


class ReviewOpinion(ImmutableRecord):
    """One person's opinion at one step of one submission (a Wagtail WorkflowState)."""

    # Review records outlive nothing they refer to: PROTECT everywhere (see moderation.retention).
    submission = models.ForeignKey(
        "wagtailcore.WorkflowState", on_delete=models.PROTECT, related_name="review_opinions", verbose_name="送审"
    )
    # One outcome per task state: the database refuses a second one, whatever races.
    task_state = models.OneToOneField(
        "wagtailcore.TaskState", on_delete=models.PROTECT, related_name="review_opinion", verbose_name="审查环节"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.PROTECT, related_name="review_opinions", verbose_name="页面"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.PROTECT, related_name="review_opinions", verbose_name="审查的版本"
    )
    step = models.PositiveSmallIntegerField("步骤", choices=ReviewStep.choices)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="review_opinions", verbose_name="审查人"
    )
    outcome = models.CharField("结果", max_length=16, choices=Outcome.choices)
    decision = models.CharField("公开意见", max_length=16, choices=DisclosureDecision.choices, blank=True)
    grounds = models.JSONField("不予主动公开的依据", default=list, blank=True)
    comment = models.TextField("意见说明", blank=True)
    # 政策解读制度 第四条（一）（二）: the section head's step-2 approval of a document that needs an
    # interpretation approves its 解读方案 too; what was approved is kept here, as it read.
    approved_plan = models.JSONField("批准的解读方案", default=dict, blank=True)
    created_at = models.DateTimeField("时间", auto_now_add=True)

    history = HistoricalRecords()
    objects = ReviewOpinionQuerySet.as_manager()

    class Meta:
        verbose_name = "审查意见"
        verbose_name_plural = "审查意见"
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.get_step_display()} · {self.reviewer} · {self.get_outcome_display()}"

    @property
    def grounds_display(self):
        labels = dict(WithholdingGround.choices)
        return "、".join(labels.get(g, g) for g in self.grounds)
