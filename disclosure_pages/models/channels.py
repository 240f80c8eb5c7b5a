from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from .choices import OutletChannel


class ItemChannel(Orderable):
    """One other channel an item went out on, and when (协调机制 第四条: 公开形式多样)."""

    page = ParentalKey("disclosure_pages.DisclosureItemPage", on_delete=models.CASCADE, related_name="channels")
    channel = models.CharField("公开渠道", max_length=20, choices=OutletChannel.choices)
    published_on = models.DateField("发布日期")
    note = models.CharField("说明", max_length=200, blank=True, help_text="例如：公众号名称、报刊版面")

    panels = [FieldRowPanel([FieldPanel("channel"), FieldPanel("published_on")]), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = "其他公开渠道"
        verbose_name_plural = "其他公开渠道"

    def __str__(self):
        day = self.published_on
        return f"{self.get_channel_display()}（{day.year}年{day.month}月{day.day}日）"

    def clean(self):
        # 协调机制 第四条: the day the item went out on this channel — not in the future, not before the item
        # was made (its 生成日期; the item's form hands its edited page over, see ItemForm).
        if self.published_on is None:
            return
        if self.published_on > timezone.localdate():
            raise ValidationError({"published_on": "发布日期不能晚于今天。"})
        page = getattr(self, "page", None)
        created = getattr(page, "creation_date", None)
        if created and self.published_on < created:
            raise ValidationError({"published_on": f"发布日期不能早于本条目的生成日期（{created.year}年{created.month}月"
                                                   f"{created.day}日）。"})
