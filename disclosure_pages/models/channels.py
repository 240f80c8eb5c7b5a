from django.db import models
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
