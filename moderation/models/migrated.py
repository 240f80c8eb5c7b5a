from django.conf import settings
from django.db import models

from .opinions import ImmutableRecord


class MigratedPublication(ImmutableRecord):
    """The one documented bypass of the review chain: an item that was already public on the
    previous site is published again here without four new opinions. Each use is recorded, and
    the record is kept like an opinion: it protects its page, revision and person."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.PROTECT, related_name="migrated_publications", verbose_name="页面"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.PROTECT, related_name="+", verbose_name="发布的版本"
    )
    source = models.CharField("来源说明", max_length=500, help_text="例如：原网站地址、导入批次")
    # Empty only when no person ran it (a data migration); a person who did cannot be deleted.
    run_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="执行人",
    )
    created_at = models.DateTimeField("时间", auto_now_add=True)

    class Meta:
        verbose_name = "迁移发布记录"
        verbose_name_plural = "迁移发布记录"
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.page_id} · {self.source}"
