from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page

from ..routing import route_in_one_query
from ..visibility import without_view_restrictions
from .scoping import SectionScopedPage


class PortalHomePage(SectionScopedPage, Page):
    """政府信息公开: the portal's home, leading to the guide, rules, catalogue, requests and reports."""

    intro = RichTextField("简介", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "disclosure_pages.CatalogueIndexPage",
        "disclosure_pages.ContentPage",
        # 舆情回应制度 第四条: the 回应关切 column.
        "public_opinion.ResponseIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = "政府信息公开门户首页"

    def route(self, request, path_components):
        # The site's root: every page below is found in one query (disclosure_pages.routing).
        if not path_components:
            return super().route(request, path_components)
        return route_in_one_query(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        from .catalogue import CatalogueIndexPage
        from .items import catalogue_entries

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = without_view_restrictions(self.get_children().live().in_menu())
        catalogue = CatalogueIndexPage.objects.filter(depth=self.depth + 1, path__startswith=self.path).live()
        catalogue = catalogue.order_by("page_ptr").first()  # read from the catalogue table, not the tree
        context["catalogue"] = catalogue
        context["latest_items"] = catalogue_entries()[:8]
        return context


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """The site's identity (the footer of every page, 联系我们, the paper-application details of the guide
    and the request form): the disclosure office's contact details (条例 第十二条) and the registrations
    a government site shows (ICP备案, 公安机关备案, 网站标识码, 党政机关网站标识). Kept by the office."""

    organisation_name = models.CharField("主办单位", max_length=100, default="中卫市云计算和大数据发展局")
    office_name = models.CharField("信息公开工作机构", max_length=100, default="中卫市云计算和大数据发展局办公室")
    address = models.CharField("联系地址", max_length=200, blank=True, help_text="也是书面申请的邮寄和当面提交地址")
    postcode = models.CharField("邮政编码", max_length=6, blank=True)
    office_hours = models.CharField("办公时间", max_length=100, blank=True, help_text="受理当面提交申请的时间")
    phone = models.CharField("联系电话", max_length=40, blank=True)
    fax = models.CharField("传真", max_length=40, blank=True)
    email = models.EmailField("电子邮箱", blank=True)
    icp_number = models.CharField("ICP备案号", max_length=60, blank=True)
    public_security_number = models.CharField("公安机关备案号", max_length=60, blank=True)
    site_code = models.CharField("网站标识码", max_length=30, blank=True)
    government_site_mark_url = models.URLField(
        "党政机关网站标识链接", blank=True, help_text="党政机关网站标识的核验地址；填写后页脚显示“党政机关”标识"
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("office_name"), FieldPanel("address"),
             FieldPanel("postcode"), FieldPanel("office_hours"), FieldPanel("phone"), FieldPanel("fax"),
             FieldPanel("email")],
            heading="信息公开工作机构",
        ),
        MultiFieldPanel(
            [FieldPanel("icp_number"), FieldPanel("public_security_number"), FieldPanel("site_code"),
             FieldPanel("government_site_mark_url")],
            heading="网站备案",
        ),
    ]

    class Meta:
        verbose_name = "门户设置"
