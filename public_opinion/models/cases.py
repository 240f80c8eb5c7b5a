from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from .choices import Kind, Outcome, Recipient, ReportMethod, ResponseChannel, Severity, Source, State


class CaseQuerySet(models.QuerySet):
    def visible_to(self, user):
        from ..access import visible_cases

        return visible_cases(self, user)


class OpinionCase(models.Model):
    """舆情: one public-opinion case (舆情回应制度 第二条), from being found to being closed.

    The state changes only through ``public_opinion.transitions`` (one step at a time, every change
    in ``history`` with who and when); a case is never deleted: a wrong one is closed with a reason.
    """

    title = models.CharField("舆情标题", max_length=200)
    source = models.CharField("来源", max_length=24, choices=Source.choices)
    link = models.URLField("原文链接", max_length=500, blank=True)
    captured_quote = models.TextField("原文摘录", blank=True, help_text="发现时原文的摘录（原文可能被删除）")
    first_seen_at = models.DateTimeField("发现时间", default=timezone.now)
    summary = models.TextField("舆情概要")
    kind = models.CharField("舆情性质", max_length=20, choices=Kind.choices)
    severity = models.CharField("舆情等级", max_length=20, choices=Severity.choices, default=Severity.ORDINARY)
    sections = models.ManyToManyField("organisation.Section", related_name="opinion_cases", verbose_name="责任科室")
    urgent = models.BooleanField("加急", default=False, help_text="加急的回应稿送审时，四个审查环节的人员同时收到通知")
    state = models.CharField("办理状态", max_length=16, choices=State.choices, default=State.FOUND, editable=False)

    # 第二条: verification with the hotline or the section.
    verified_with = models.CharField("核实对象", max_length=100, blank=True, editable=False)
    verification = models.TextField("核实情况", blank=True, editable=False)
    verified_at = models.DateTimeField("核实时间", null=True, blank=True, editable=False)
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="+", verbose_name="核实人", editable=False)
    assessment = models.TextField("研判意见", blank=True, editable=False)

    # The clocks (public_opinion.deadlines), set when the case is seen or re-graded.
    report_due_at = models.DateTimeField("报送时限", null=True, blank=True, editable=False)
    response_due_at = models.DateTimeField("回应时限", null=True, blank=True, editable=False)
    press_conference_due_at = models.DateTimeField("新闻发布会时限", null=True, blank=True, editable=False)
    reported_at = models.DateTimeField("报送时间", null=True, blank=True, editable=False,
                                       help_text="向分管领导和局办公室都已报告的时间")
    responded_at = models.DateTimeField("回应时间", null=True, blank=True, editable=False)
    response_channel = models.CharField("回应渠道", max_length=20, choices=ResponseChannel.choices, blank=True,
                                        editable=False)
    press_conference_at = models.DateTimeField("新闻发布会时间", null=True, blank=True, editable=False)

    # 第六条: the outcome for the sections and people.
    outcome = models.CharField("问责结果", max_length=20, choices=Outcome.choices, default=Outcome.NONE, blank=True,
                               editable=False)
    outcome_note = models.TextField("问责说明", blank=True, editable=False)
    closing_note = models.TextField("办结说明", blank=True, editable=False)
    unfounded = models.BooleanField("误报撤销", default=False, editable=False)

    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="+", verbose_name="登记人", editable=False)
    created_at = models.DateTimeField("登记时间", auto_now_add=True)

    objects = CaseQuerySet.as_manager()
    history = HistoricalRecords(verbose_name="舆情办理记录", verbose_name_plural="舆情办理记录")

    class Meta:
        verbose_name = "舆情"
        verbose_name_plural = "舆情"
        ordering = ["-first_seen_at", "-pk"]

    def __str__(self):
        return self.title

    def clean(self):
        if self.first_seen_at and self.first_seen_at > timezone.now():
            raise ValidationError({"first_seen_at": "发现时间不能晚于现在。"})

    def save(self, *args, **kwargs):
        from ..deadlines import due_times

        # 第三、四条: the clocks follow the time seen and the grade.
        for name, value in due_times(self.first_seen_at, self.severity).items():
            setattr(self, name, value)
        super().save(*args, **kwargs)

    @property
    def is_open(self):
        return self.state != State.CLOSED

    @property
    def time_to_report(self):
        return self.reported_at - self.first_seen_at if self.reported_at else None

    @property
    def time_to_response(self):
        return self.responded_at - self.first_seen_at if self.responded_at else None


class CaseReport(models.Model):
    """One report upward (舆情回应制度 第三条): to whom, when, how and by whom. Kept as given."""

    case = models.ForeignKey(OpinionCase, on_delete=models.PROTECT, related_name="reports", verbose_name="舆情")
    recipient = models.CharField("报告对象", max_length=20, choices=Recipient.choices)
    method = models.CharField("报告方式", max_length=20, choices=ReportMethod.choices)
    reported_at = models.DateTimeField("报告时间")
    reported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                                    verbose_name="报告人")
    note = models.TextField("报告内容", blank=True)
    recorded_at = models.DateTimeField("登记时间", auto_now_add=True)

    class Meta:
        verbose_name = "舆情报送记录"
        verbose_name_plural = "舆情报送记录"
        ordering = ["reported_at", "pk"]

    def __str__(self):
        return f"{self.get_recipient_display()} · {self.get_method_display()}"


class OverdueNotice(models.Model):
    """The one mail about a case past a limit (``notifications.mail_overdue_cases``): sent once."""

    case = models.ForeignKey(OpinionCase, on_delete=models.PROTECT, related_name="overdue_notices")
    limit = models.CharField(max_length=30)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "limit"], name="one_overdue_notice_per_limit")]


class PatrolLog(models.Model):
    """舆情回应制度 第二条 (不漏报、不迟报): who checked which channels when, also when nothing was found,
    so that a day without a patrol shows (``patrols.missed_days``)."""

    patrolled_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                                     verbose_name="巡查人", editable=False)
    patrolled_at = models.DateTimeField("巡查时间", default=timezone.now)
    channels = models.CharField("巡查渠道", max_length=300, help_text="例如：微博、微信公众号、本地论坛、12345热线工单")
    no_findings = models.BooleanField("未发现涉及本单位的舆情", default=False)
    findings = models.TextField("发现情况", blank=True, help_text="发现舆情时请同时登记舆情")
    recorded_at = models.DateTimeField("登记时间", auto_now_add=True)

    class Meta:
        verbose_name = "舆情巡查记录"
        verbose_name_plural = "舆情巡查记录"
        ordering = ["-patrolled_at", "-pk"]

    def __str__(self):
        return f"{timezone.localtime(self.patrolled_at):%Y-%m-%d %H:%M} {self.channels}"

    def clean(self):
        if self.no_findings == bool(self.findings.strip()):
            raise ValidationError("请填写发现情况，或勾选“未发现涉及本单位的舆情”（二者选其一）。")
        if self.patrolled_at and self.patrolled_at > timezone.now():
            raise ValidationError({"patrolled_at": "巡查时间不能晚于现在。"})
