from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from .. import validators
from .choices import (
    ANSWER_KIND_OUTCOMES,
    AccessRoute,
    AnswerKind,
    Channel,
    NationalOutcome,
    ProvisionForm,
    State,
    outcome_full_label,
)

# What every request names (条例 第二十九条（二）); the form marks these fields as required.
REQUIRED = {
    "information_name": "请填写所需信息名称。",
    "description": "请描述所需信息的内容，便于我们准确检索。",
}


class DisclosureRequestQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Requests the user may open: the handling section's, all for the general office and superusers."""
        from ..access import visible_requests

        return visible_requests(self, user)


class DisclosureRequest(models.Model):
    """政府信息公开申请: one request for one piece of information ("一事一申请")."""

    tracking_number = models.CharField("受理编号", max_length=24, unique=True, editable=False)
    query_code_digest = models.CharField("查询码摘要", max_length=64, editable=False)
    applicant = models.OneToOneField(
        "disclosure_requests.Applicant", on_delete=models.PROTECT, related_name="request", verbose_name="申请人"
    )
    channel = models.CharField("申请渠道", max_length=20, choices=Channel.choices, default=Channel.ONLINE)

    # 条例 第二十九条（二）（三）: the information sought and how it is to be provided.
    information_name = models.CharField("所需信息名称", max_length=200, blank=True)  # required: clean()
    document_number = models.CharField("文号", max_length=80, blank=True)
    index_number = models.CharField("索引号", max_length=60, blank=True)
    description = models.TextField("所需信息内容描述", max_length=2000, blank=True)
    purpose = models.CharField(
        "用途（选填）", max_length=200, blank=True, help_text="2019年修订的条例不再要求说明用途，可不填"
    )
    provision_form = models.CharField("提供载体", max_length=20, choices=ProvisionForm.choices)
    access_route = models.CharField("获取方式", max_length=20, choices=AccessRoute.choices)

    state = models.CharField("办理状态", max_length=24, choices=State.choices, default=State.SUBMITTED)
    submitted_at = models.DateTimeField("提交时间", auto_now_add=True)
    received_on = models.DateField("收到申请日期", null=True, blank=True, help_text="条例 第三十一条")
    clock_started_on = models.DateField(
        "答复期限起算日", null=True, blank=True, help_text="收到申请之日；补正的，为收到补正后申请之日"
    )
    handling_section = models.ForeignKey(
        "organisation.Section",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="disclosure_requests",
        verbose_name="承办科室",
    )

    # 补正 (条例 第三十条)
    amendment_requested_on = models.DateField("补正告知日期", null=True, blank=True)
    amendment_items = models.TextField("需要补正的事项", blank=True)
    amendment_deadline = models.DateField("补正期限", null=True, blank=True)
    amended_on = models.DateField("收到补正日期", null=True, blank=True)

    # 延期 (依申请公开 第五条, 条例 第三十三条)
    extension_days = models.PositiveSmallIntegerField("延长工作日数", default=0)
    extension_reasons = models.TextField("延期理由", blank=True)
    extension_approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name="批准延期的负责人",
    )
    extension_approved_on = models.DateField("延期批准日期", null=True, blank=True)

    # 答复 (依申请公开 第二条, 条例 第三十六条)
    answer_kind = models.CharField("答复类型", max_length=24, choices=AnswerKind.choices, blank=True)
    outcome = models.CharField("办理结果（年报口径）", max_length=32, choices=NationalOutcome.choices, blank=True)
    answer_content = models.TextField(
        "答复内容", blank=True, help_text="提供的信息，或获取的方式、途径和时间"
    )
    answer_basis = models.TextField("法律依据", blank=True, help_text="例如：《中华人民共和国政府信息公开条例》第十四条")
    answer_reasons = models.TextField("理由", blank=True)
    other_agency_name = models.CharField("负责公开的机关", max_length=100, blank=True)
    other_agency_contact = models.CharField("该机关联系方式", max_length=100, blank=True)
    answered_on = models.DateField("答复日期", null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name="答复人",
    )
    is_immediate = models.BooleanField("当场答复", default=False)
    closed_on = models.DateField("办结日期", null=True, blank=True)

    # 条例 第四十四条
    proactive_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name="转为主动公开的条目",
    )

    history = HistoricalRecords()
    objects = DisclosureRequestQuerySet.as_manager()

    class Meta:
        verbose_name = "政府信息公开申请"
        verbose_name_plural = "政府信息公开申请"
        ordering = ["-submitted_at", "-pk"]
        indexes = [models.Index(fields=["state", "handling_section"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(extension_days__lte=20), name="extension_at_most_twenty_working_days"
            ),
            # 国办公开办函〔2021〕30号 表三: an answered or closed request counts under exactly one national row;
            # an open one under none.
            models.CheckConstraint(
                condition=(
                    models.Q(state__in=[State.ANSWERED, State.CLOSED], outcome__gt="")
                    | (~models.Q(state__in=[State.ANSWERED, State.CLOSED]) & models.Q(outcome=""))
                ),
                name="one_outcome_exactly_when_answered",
                violation_error_message="已答复或办结的申请必须有且只有一个办理结果；未答复的申请不能有办理结果。",
            ),
        ]

    def __str__(self):
        return self.tracking_number

    TEXT_FIELDS = ("information_name", "document_number", "index_number", "purpose")

    def normalise(self):
        for field in self.TEXT_FIELDS:
            setattr(self, field, validators.normalise(getattr(self, field)) or "")
        self.description = (self.description or "").strip()

    def clean_fields(self, exclude=None):
        self.normalise()
        super().clean_fields(exclude=exclude)

    def clean(self):
        self.normalise()
        errors = {}
        for field, message in REQUIRED.items():
            if not getattr(self, field):
                errors[field] = message
        if self.outcome:
            errors.update(self.answer_errors())
        if errors:
            raise ValidationError(errors)

    def answer_errors(self):
        """What an answer lacks. 依申请公开 第二条 and 保密审查 第八条: refusals carry basis and reasons."""
        errors = {}
        if not self.answer_kind:
            errors["answer_kind"] = "请选择答复类型。"
        elif self.outcome not in ANSWER_KIND_OUTCOMES[AnswerKind(self.answer_kind)]:
            allowed = "、".join(outcome_full_label(o) for o in ANSWER_KIND_OUTCOMES[AnswerKind(self.answer_kind)])
            errors["outcome"] = f"该答复类型只能计入：{allowed}。"
        if self.outcome != NationalOutcome.DISCLOSED:  # 部分公开 too: reasons for the part withheld (条例 第三十七条)
            if not (self.answer_basis or "").strip():
                errors["answer_basis"] = "不予公开或不能提供信息的，必须写明法律依据。"
            if not (self.answer_reasons or "").strip():
                errors["answer_reasons"] = "不予公开或不能提供信息的，必须说明理由。"
        if self.answer_kind in (AnswerKind.ALREADY_PUBLIC, AnswerKind.DISCLOSE, AnswerKind.PARTLY_DISCLOSE):
            if not (self.answer_content or "").strip():
                errors["answer_content"] = "请写明提供的信息，或获取信息的方式、途径和时间。"
        if self.answer_kind == AnswerKind.NOT_THIS_AGENCY and not self.other_agency_name.strip():
            errors["other_agency_name"] = "请写明负责公开该信息的机关名称。"
        return errors

    # -- derived values ------------------------------------------------------------------

    @property
    def is_open(self):
        return self.state not in (State.ANSWERED, State.CLOSED)

    @property
    def outcome_label(self):
        return outcome_full_label(self.outcome) if self.outcome else ""

    @property
    def received_year(self):
        return self.received_on.year if self.received_on else None

    @property
    def closed_year(self):
        return self.closed_on.year if self.closed_on else None
