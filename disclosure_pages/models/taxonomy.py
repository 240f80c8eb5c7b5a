from django.db import models
from wagtail.search import index


class TopicCategory(index.Indexed, models.Model):
    """主题分类: the gov.cn two-level subject taxonomy, editable by administrators. Indexed, so that
    the editor's 主题分类 chooser has a search box (by the topic's or its parent's name)."""

    name = models.CharField("名称", max_length=60)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children", verbose_name="上级分类"
    )
    sort_order = models.PositiveIntegerField("排序", default=0)

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.RelatedFields("parent", [index.SearchField("name"), index.AutocompleteField("name")]),
    ]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = "主题分类"
        verbose_name_plural = "主题分类"
        constraints = [models.UniqueConstraint(fields=["parent", "name"], name="unique_topic_per_parent")]

    def __str__(self):
        return f"{self.parent.name}\\{self.name}" if self.parent_id else self.name
