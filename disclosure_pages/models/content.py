from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from ..blocks import BodyBlock
from ..visibility import without_view_restrictions
from .annual_report import AnnualReportPage
from .scoping import SectionScopedPage


class ContentPage(SectionScopedPage, Page):
    """A plain page: the guide (信息公开指南), the rules (信息公开制度), annual reports and the like."""

    body = StreamField(BodyBlock(), verbose_name="正文", blank=True)
    # 保密审查 第三条: the section that answers for the page and reviews it; empty means the office.
    publisher = models.ForeignKey(
        "organisation.Section",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="content_pages",
        verbose_name="主办科室",
        help_text="负责本页内容并送审的科室；留空则由办公室负责",
    )

    content_panels = Page.content_panels + [FieldPanel("publisher"), FieldPanel("body")]
    parent_page_types = ["disclosure_pages.PortalHomePage", "disclosure_pages.ContentPage"]
    # 政府信息公开年报 (条例 第四十九条): the column holds the annual reports, its archive by year.
    subpage_types = ["disclosure_pages.ContentPage", "disclosure_pages.AnnualReportPage"]

    class Meta:
        verbose_name = "内容页面"
        verbose_name_plural = "内容页面"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = without_view_restrictions(self.get_children().live())
        context["child_pages"] = children.not_type(AnnualReportPage).specific()
        context["annual_reports"] = without_view_restrictions(
            AnnualReportPage.objects.child_of(self).live()).order_by("-year")
        return context
