"""The yearly assessment of sections (政务公开考核评议制度): a round per year, the sections' self-check
reports, the grade of each section and the office's thresholds for the suggested grade.

The rules of a round's life (issuing the notice, filing a self-check, grading, approval) are in
``assessment.rounds.services``; what is checked on the record itself is here (``clean``)."""

import uuid
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from disclosure_requests.models.attachment import PrivateFileStorage


class AssessmentScope(models.TextChoices):
    """考核评议制度 第九条: 全面考核 (every section) or 重点考核 (the sections chosen)."""

    FULL = "full", "全面考核"
    KEY = "key", "重点考核"


class RoundState(models.TextChoices):
    DRAFT = "draft", "未发通知"
    ISSUED = "issued", "自查阶段"
    GRADING = "grading", "考核评议阶段"
    CLOSED = "closed", "已完成"


class Grade(models.TextChoices):
    """考核评议制度 第七条."""

    EXCELLENT = "excellent", "优秀"
    GOOD = "good", "合格"
    BASIC = "basic", "基本合格"
    FAILED = "failed", "不合格"


GRADE_ORDER = [Grade.EXCELLENT, Grade.GOOD, Grade.BASIC, Grade.FAILED]


class AssessmentRound(models.Model):
    """One year's assessment (考核评议制度 第九、十条)."""

    year = models.PositiveSmallIntegerField("考核年度", unique=True)
    scope = models.CharField("考核方式", max_length=8, choices=AssessmentScope.choices, default=AssessmentScope.FULL)
    sections = models.ManyToManyField("organisation.Section", blank=True, related_name="+",
                                      verbose_name="重点考核科室", help_text="重点考核时选择；全面考核包括所有科室")
    notice = models.TextField("考核通知", help_text="发出考核通知时发给各被考核科室的人员")
    self_check_due = models.DateField("自查报告报送截止日期")
    state = models.CharField("阶段", max_length=8, choices=RoundState.choices, default=RoundState.DRAFT,
                             editable=False)
    issued_at = models.DateTimeField("通知发出时间", null=True, blank=True, editable=False)
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                  related_name="+", editable=False, verbose_name="发出人")
    grading_started_at = models.DateTimeField("开始考核评议时间", null=True, blank=True, editable=False)

    history = HistoricalRecords(verbose_name="考核轮次变更", verbose_name_plural="考核轮次变更")

    class Meta:
        verbose_name = "年度考核"
        verbose_name_plural = "年度考核"
        ordering = ["-year"]

    def __str__(self):
        return f"{self.year}年度政务公开考核评议"

    def clean(self):
        errors = {}
        today = timezone.localdate()
        # 考核评议制度 第九条: a year's work is assessed, never a year to come.
        if self.year and self.year > today.year:
            errors["year"] = f"考核年度不能晚于今年（{today.year}年）。"
        # 第十条（三）: the sections get time for the self-check after the notice goes out.
        issued_on = timezone.localdate(self.issued_at) if self.issued_at else today
        if self.self_check_due and self.self_check_due <= issued_on:
            errors["self_check_due"] = f"自查报告报送截止日期须晚于通知发出日期（{issued_on:%Y年%m月%d日}）。"
        if errors:
            raise ValidationError(errors)

    def concerned_sections(self):
        """全面考核: every section; 重点考核: the sections chosen."""
        from organisation.models import Section

        if self.scope == AssessmentScope.FULL:
            return Section.objects.all()
        return self.sections.all()

    @property
    def self_checks_open(self):
        """第十条（三）: a section files and corrects its report until the office starts grading."""
        return self.state == RoundState.ISSUED


class AssessmentFileStorage(PrivateFileStorage):
    """Self-check attachments: outside MEDIA_ROOT, served only by the permission-checked view."""

    @property
    def base_location(self):
        return str(settings.ASSESSMENT_PRIVATE_ROOT)

    def url(self, name):
        raise ValueError("自查报告附件是非公开文件，没有公开地址。")


def self_check_path(instance, filename):
    # The stored name says nothing of the original file name.
    return f"{instance.round.year}/{uuid.uuid4().hex}{Path(filename).suffix.lower()}"


class SelfCheckReport(models.Model):
    """考核评议制度 第十条（三）: a section's self-check report for the round, one per section."""

    round = models.ForeignKey(AssessmentRound, on_delete=models.PROTECT, related_name="self_checks",
                              verbose_name="年度考核")
    section = models.ForeignKey("organisation.Section", on_delete=models.PROTECT, related_name="+",
                                verbose_name="科室")
    text = models.TextField("自查报告")
    attachment = models.FileField("附件", upload_to=self_check_path, storage=AssessmentFileStorage,
                                  blank=True, max_length=200)
    attachment_name = models.CharField("附件原文件名", max_length=200, blank=True, editable=False)
    filed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                                 editable=False, verbose_name="报送人")
    filed_at = models.DateTimeField("首次报送时间", default=timezone.now, editable=False)
    updated_at = models.DateTimeField("最后修改时间", auto_now=True)

    history = HistoricalRecords(verbose_name="自查报告变更", verbose_name_plural="自查报告变更")

    class Meta:
        verbose_name = "自查报告"
        verbose_name_plural = "自查报告"
        constraints = [models.UniqueConstraint(fields=["round", "section"], name="one_self_check_per_section")]

    def __str__(self):
        return f"{self.section} {self.round.year}年度自查报告"

    @property
    def is_late(self):
        """Filed after the due date (Beijing date of the first filing)."""
        return timezone.localdate(self.filed_at) > self.round.self_check_due


def _percent(name, default):
    return models.PositiveSmallIntegerField(name, default=default,
                                            validators=[MinValueValidator(0), MaxValueValidator(100)])


class GradingThresholds(models.Model):
    """The office's thresholds for the suggested grade (考核评议制度 第七条). One row; ``current()``.

    A grade is suggested when every rate indicator with records reaches the grade's rate, the
    duties and powers are published (合格 and above) and the incidents stay within the grade's count."""

    excellent_rate = _percent("优秀：各项比率不低于（%）", 95)
    excellent_incidents = models.PositiveSmallIntegerField("优秀：差错事件不超过（件）", default=0)
    good_rate = _percent("合格：各项比率不低于（%）", 80)
    good_incidents = models.PositiveSmallIntegerField("合格：差错事件不超过（件）", default=2)
    basic_rate = _percent("基本合格：各项比率不低于（%）", 60)
    basic_incidents = models.PositiveSmallIntegerField("基本合格：差错事件不超过（件）", default=4)

    history = HistoricalRecords(verbose_name="评定标准变更", verbose_name_plural="评定标准变更")

    class Meta:
        verbose_name = "考核等次评定标准"
        verbose_name_plural = "考核等次评定标准"

    def __str__(self):
        return "考核等次评定标准"

    def clean(self):
        if not (self.excellent_rate >= self.good_rate >= self.basic_rate):
            raise ValidationError("比率须满足：优秀 ≥ 合格 ≥ 基本合格。")
        if not (self.excellent_incidents <= self.good_incidents <= self.basic_incidents):
            raise ValidationError("差错事件件数须满足：优秀 ≤ 合格 ≤ 基本合格。")

    @classmethod
    def current(cls):
        return cls.objects.order_by("pk").first() or cls()

    def levels(self):
        """[(grade, minimum rate in %, maximum incidents)] from the best grade down."""
        return [
            (Grade.EXCELLENT, self.excellent_rate, self.excellent_incidents),
            (Grade.GOOD, self.good_rate, self.good_incidents),
            (Grade.BASIC, self.basic_rate, self.basic_incidents),
        ]


class SectionAssessment(models.Model):
    """A section's grade in a round (考核评议制度 第七条): set by the office with a comment, approved by the
    leader in charge, then notified to the section with the result letter."""

    round = models.ForeignKey(AssessmentRound, on_delete=models.PROTECT, related_name="assessments",
                              verbose_name="年度考核")
    section = models.ForeignKey("organisation.Section", on_delete=models.PROTECT, related_name="+",
                                verbose_name="科室")
    grade = models.CharField("考核等次", max_length=12, choices=Grade.choices)
    comment = models.TextField("评议意见")
    indicators = models.JSONField("评定时的指标", default=dict, editable=False)
    suggested_grade = models.CharField("建议等次", max_length=12, choices=Grade.choices, editable=False)
    deciding_indicator = models.CharField("决定建议等次的指标", max_length=200, blank=True, editable=False)
    graded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                                  editable=False, verbose_name="评定人")
    graded_at = models.DateTimeField("评定时间", default=timezone.now, editable=False)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="+", editable=False, verbose_name="审定领导")
    approved_at = models.DateTimeField("审定时间", null=True, blank=True, editable=False)

    history = HistoricalRecords(verbose_name="考核等次变更", verbose_name_plural="考核等次变更")

    class Meta:
        verbose_name = "科室考核结果"
        verbose_name_plural = "科室考核结果"
        constraints = [models.UniqueConstraint(fields=["round", "section"], name="one_grade_per_section")]

    def __str__(self):
        return f"{self.section} {self.round.year}年度 {self.get_grade_display()}"

    @property
    def is_approved(self):
        return self.approved_at is not None
