from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from organisation.models import Section
from organisation.people import owning_section_id


class IncidentKind(models.TextChoices):
    WRONG = "wrong", "发布内容错误"
    LATE = "late", "未按时公开"
    UNAPPROVED = "unapproved", "未经审批发布"
    NOT_FOR_PUBLICATION = "not_for_publication", "发布不应公开的信息"
    OTHER = "other", "其他"


class Incident(models.Model):
    """A wrong, late or unapproved publication and how it was handled (协调机制 第六条), per section;
    counted against the section in the yearly assessment (考核评议制度 第六条 责任追究落实)."""

    section = models.ForeignKey("organisation.Section", on_delete=models.PROTECT, related_name="incidents",
                                verbose_name="责任科室")
    kind = models.CharField("类型", max_length=24, choices=IncidentKind.choices)
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+", verbose_name="所涉页面")
    occurred_on = models.DateField("发生日期")
    found_on = models.DateField("发现日期")
    description = models.TextField("情况说明")
    handling = models.TextField("处理情况", blank=True)
    handled_on = models.DateField("处理完成日期", null=True, blank=True)
    accountability = models.TextField("责任追究", blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="+", verbose_name="登记人", editable=False)
    recorded_at = models.DateTimeField("登记时间", auto_now_add=True)

    history = HistoricalRecords(verbose_name="差错事件记录变更", verbose_name_plural="差错事件记录变更")

    class Meta:
        verbose_name = "差错事件"
        verbose_name_plural = "差错事件登记"
        ordering = ["-occurred_on", "-pk"]

    def __str__(self):
        return f"{self.section} {self.get_kind_display()} {self.occurred_on}"

    DATE_ORDER = (("occurred_on", "found_on", "发现日期不能早于发生日期。"),
                  ("found_on", "handled_on", "处理完成日期不能早于发现日期。"))

    def clean(self):
        # 协调机制 第六条: the register is what the section answers for in the assessment (考核评议制度
        # 第六条), so its dates are facts in their order, and a page named is one the section owns
        # (保密审查 第三条 谁主管、谁负责).
        errors = {}
        today = timezone.localdate()
        for name in ("occurred_on", "found_on", "handled_on"):
            value = getattr(self, name)
            if value and value > today:
                errors[name] = f"{self._meta.get_field(name).verbose_name}不能晚于今天。"
        for earlier, later, message in self.DATE_ORDER:
            first, second = getattr(self, earlier), getattr(self, later)
            if first and second and second < first and later not in errors:
                errors[later] = message
        if self.handled_on and not self.handling.strip():
            errors["handling"] = "填写处理完成日期时，须写明处理情况。"
        if self.page_id and self.section_id:
            owner = owning_section_id(self.page)
            if owner != self.section_id:
                owner_name = Section.objects.filter(pk=owner).values_list("name", flat=True).first() or "其他科室"
                errors["page"] = f"所涉页面属于{owner_name}，与责任科室不一致；请改选责任科室或页面。"
        if errors:
            raise ValidationError(errors)
