from django.db import models
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from .choices import InterpretationForm
from .items import DisclosureItemPage, catalogue_entries


class InterpretationPage(DisclosureItemPage):
    """政策解读: explains a normative or important policy document (政策解读制度).

    It is a catalogue item in its own right (索引号, 发布机构, …) and carries its
    interpretation plan (解读方案, 政策解读制度 第四条（一）).
    """

    interpreted_document = models.ForeignKey(
        DisclosureItemPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interpretations",
        verbose_name="解读的文件",
    )
    interpretation_form = models.CharField(
        "解读形式", max_length=20, choices=InterpretationForm.choices, default=InterpretationForm.WRITTEN
    )
    plan_outline = models.TextField("解读提纲", blank=True)
    plan_channel = models.CharField("解读途径", max_length=200, blank=True, help_text="例如：门户网站、新闻发布会、政务新媒体")
    planned_on = models.DateField("计划解读时间", null=True, blank=True)

    content_panels = DisclosureItemPage.content_panels[:1] + [
        MultiFieldPanel(
            [
                FieldPanel("interpreted_document"),
                FieldRowPanel([FieldPanel("interpretation_form"), FieldPanel("planned_on")]),
                FieldPanel("plan_outline"),
                FieldPanel("plan_channel"),
            ],
            heading="解读方案",
        ),
    ] + DisclosureItemPage.content_panels[1:]

    parent_page_types = ["disclosure_pages.CategoryPage"]
    subpage_types = []

    class Meta:
        verbose_name = "政策解读"
        verbose_name_plural = "政策解读"

    @cached_property
    def public_interpreted_document(self):
        """The interpreted document when the public catalogue shows it (live, no view restriction,
        unclassified, proactive); otherwise the public page names no document."""
        if self.interpreted_document_id is None:
            return None
        return catalogue_entries().filter(pk=self.interpreted_document_id).first()
