from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone

# 条例 (2007) took effect on 1 May 2008: the first year with an annual report.
FIRST_REPORT_YEAR = 2008


def validate_past_year(year):
    """A year whose figures can exist: from 2008 to this year (Beijing time), never a future one."""
    if year < FIRST_REPORT_YEAR:
        raise ValidationError(f"年度不能早于{FIRST_REPORT_YEAR}年。")
    if year > timezone.localdate().year:
        raise ValidationError(f"{year}年尚未到来，不能填报。")


class ExternalFigures(models.Model):
    """表二's rows that come from other systems (条例 第二十条第（五）（六）（八）项), entered by the office
    per year: decisions on licences, penalties and enforcement measures, and fees collected."""

    year = models.PositiveSmallIntegerField("年度", unique=True, validators=[validate_past_year])
    licensing_decisions = models.PositiveIntegerField("行政许可 本年处理决定数量", default=0)
    penalty_decisions = models.PositiveIntegerField("行政处罚 本年处理决定数量", default=0)
    enforcement_decisions = models.PositiveIntegerField("行政强制 本年处理决定数量", default=0)
    fees_collected = models.DecimalField(
        "行政事业性收费 本年收费金额（单位：万元）", max_digits=12, decimal_places=4, default=Decimal(0),
        validators=[MinValueValidator(Decimal(0), message="收费金额不能为负数。")],
    )
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "年报外部数据"
        verbose_name_plural = "年报外部数据"
        ordering = ["-year"]

    def __str__(self):
        return f"{self.year}年外部数据"

    def clean(self):
        # Also when a form edits the figures of a year it does not show: no figures for a future year.
        if self.year is not None:
            validate_past_year(self.year)


class AnnualReport(models.Model):
    """The office's working copy of one year's 政府信息公开工作年度报告 (条例 第五十条): the narrative,
    the page it is published as, and the figures frozen when the leader's approval published it."""

    year = models.PositiveSmallIntegerField("年度", unique=True, validators=[validate_past_year])
    # 一、总体情况, in the five parts of 国办公开办函〔2021〕30号.
    overview_proactive = models.TextField("（一）主动公开", blank=True)
    overview_requests = models.TextField("（二）依申请公开", blank=True)
    overview_information_management = models.TextField("（三）政府信息管理", blank=True)
    overview_platforms = models.TextField("（四）政府信息公开平台建设", blank=True)
    overview_supervision = models.TextField("（五）监督保障", blank=True)
    problems = models.TextField("五、存在的主要问题及改进情况", blank=True)
    other_matters = models.TextField("六、其他需要报告的事项", blank=True)
    page = models.OneToOneField("disclosure_pages.AnnualReportPage", null=True, blank=True, editable=False,
                                on_delete=models.SET_NULL, related_name="report", verbose_name="年报页面")
    frozen_figures = models.JSONField("冻结的统计数据", null=True, blank=True, editable=False)
    frozen_at = models.DateTimeField("冻结时间", null=True, blank=True, editable=False)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, editable=False,
                                   on_delete=models.PROTECT, related_name="+", verbose_name="最后修改人")
    updated_at = models.DateTimeField("最后修改时间", auto_now=True)

    OVERVIEW_FIELDS = ["overview_proactive", "overview_requests", "overview_information_management",
                       "overview_platforms", "overview_supervision"]
    NARRATIVE_FIELDS = OVERVIEW_FIELDS + ["problems", "other_matters"]

    class Meta:
        verbose_name = "政府信息公开工作年度报告"
        verbose_name_plural = "政府信息公开工作年度报告"
        ordering = ["-year"]

    def __str__(self):
        return f"{self.year}年政府信息公开工作年度报告"

    @property
    def title(self):
        return str(self)

    @property
    def is_frozen(self):
        return self.frozen_figures is not None

    def overview_parts(self):
        """[(heading, text)] of 一、总体情况, in the national order."""
        return [(self._meta.get_field(name).verbose_name, getattr(self, name)) for name in self.OVERVIEW_FIELDS]
