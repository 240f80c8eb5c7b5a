from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from .scoping import SectionScopedPage


class ReportPartBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label="小标题")
    text = blocks.TextBlock(label="内容")

    class Meta:
        icon = "doc-full"
        label = "部分"
        template = "blocks/report_part.html"


class AnnualReportPage(SectionScopedPage, Page):
    """政府信息公开工作年度报告 (条例 第四十九、五十条; format 国办公开办函〔2021〕30号): the narrative the
    office writes and ``figures``, the statistical tables as the ``assessment`` app computed them,
    each cell with its national label. The figures of the revision the leader approves are the frozen
    figures of the year. Created and filled only by ``assessment`` (生成年报页面), never in the editor."""

    year = models.PositiveSmallIntegerField("年度", unique=True, editable=False)
    overview = StreamField([("part", ReportPartBlock())], verbose_name="一、总体情况", blank=True)
    problems = models.TextField("五、存在的主要问题及改进情况", blank=True)
    other_matters = models.TextField("六、其他需要报告的事项", blank=True)
    # {"tables": [{"key", "title", "rows": [[{"text", "colspan", "rowspan", "header", "key"}]]}], "fees": …}
    figures = models.JSONField("统计表数据", default=dict, blank=True, editable=False)

    content_panels = Page.content_panels + [FieldPanel("overview"), FieldPanel("problems"),
                                            FieldPanel("other_matters")]
    parent_page_types = ["disclosure_pages.ContentPage"]
    subpage_types = []
    is_creatable = False

    class Meta:
        verbose_name = "政府信息公开工作年度报告"
        verbose_name_plural = "政府信息公开工作年度报告"

    @property
    def tables(self):
        return self.figures.get("tables", [])

    @property
    def fee_sentence(self):
        return self.figures.get("fees", {}).get("sentence", "")
