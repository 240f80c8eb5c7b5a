from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords


class ComplaintKind(models.TextChoices):
    REPORT = "report", "举报"
    COMPLAINT = "complaint", "投诉"
    CORRECTION = "correction", "纠错"


class ComplaintState(models.TextChoices):
    SUBMITTED = "submitted", "待受理"
    HANDLING = "handling", "办理中"
    REPLIED = "replied", "已答复"
    CLOSED = "closed", "已办结"


OPEN_STATES = (ComplaintState.SUBMITTED, ComplaintState.HANDLING)
ANSWERED_STATES = (ComplaintState.REPLIED, ComplaintState.CLOSED)


class Satisfaction(models.TextChoices):
    """群众评价 (考核评议制度 第六条): the citizen's answer after the reply."""

    SATISFIED = "satisfied", "满意"
    BASICALLY_SATISFIED = "basically_satisfied", "基本满意"
    DISSATISFIED = "dissatisfied", "不满意"


class Complaint(models.Model):
    """A 举报/投诉 about disclosure work or a 纠错 of a published item (依申请公开制度 第六条,
    考核评议制度 第五条（五）). Never public: only the citizen (by tracking number and code) and the
    office and the section concerned see it."""

    tracking_number = models.CharField("查询编号", max_length=24, unique=True, editable=False)
    kind = models.CharField("类型", max_length=16, choices=ComplaintKind.choices)
    item = models.ForeignKey(
        "disclosure_pages.DisclosureItemPage", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="complaints", verbose_name="所涉信息",
    )
    section = models.ForeignKey(
        "organisation.Section", null=True, blank=True, on_delete=models.PROTECT, related_name="complaints",
        verbose_name="承办科室",
    )
    name = models.CharField("姓名", max_length=100)
    phone = models.CharField("联系电话", max_length=30, blank=True)
    email = models.EmailField("电子邮箱", blank=True)
    content = models.TextField("内容")
    submitted_at = models.DateTimeField("提交时间", default=timezone.now, editable=False)
    state = models.CharField("办理状态", max_length=16, choices=ComplaintState.choices,
                             default=ComplaintState.SUBMITTED, editable=False)
    reply = models.TextField("答复内容", blank=True, editable=False)
    replied_at = models.DateTimeField("答复时间", null=True, blank=True, editable=False)
    replied_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="+", verbose_name="答复人", editable=False)
    satisfaction = models.CharField("群众评价", max_length=24, choices=Satisfaction.choices, blank=True,
                                    editable=False)
    satisfaction_comment = models.TextField("评价意见", blank=True, editable=False)

    # The query code is kept only as a password hash (django.contrib.auth.hashers): nobody can read it back.
    query_code_hash = models.CharField("查询码摘要", max_length=128, blank=True, editable=False)
    reply_due_on = models.DateField("答复期限", null=True, blank=True, editable=False)
    closed_at = models.DateTimeField("办结时间", null=True, blank=True, editable=False)
    evaluated_at = models.DateTimeField("评价时间", null=True, blank=True, editable=False)

    history = HistoricalRecords(verbose_name="投诉举报办理记录", verbose_name_plural="投诉举报办理记录",
                                excluded_fields=["query_code_hash"])

    class Meta:
        verbose_name = "投诉举报与纠错"
        verbose_name_plural = "投诉举报与纠错"
        ordering = ["-submitted_at", "-pk"]

    def __str__(self):
        return self.tracking_number

    def clean(self):
        # 依申请公开制度 第六条: the office must be able to answer, so a way to reach the citizen is required.
        if not (self.phone or "").strip() and not (self.email or "").strip():
            raise ValidationError({"phone": "请至少填写联系电话或电子邮箱中的一项，以便我们答复您。"})
        if not (self.content or "").strip():
            raise ValidationError({"content": "请填写举报、投诉或纠错的具体内容。"})

    @property
    def is_open(self):
        return self.state in OPEN_STATES

    @property
    def may_be_evaluated(self):
        """群众评价 (考核评议制度 第六条): once, and only after the reply."""
        return self.state in ANSWERED_STATES and not self.satisfaction
