from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from ..blocks import BodyBlock


class ContentPage(Page):
    """A plain page: the guide (信息公开指南), the rules (信息公开制度), annual reports and the like."""

    body = StreamField(BodyBlock(), verbose_name="正文", blank=True)

    content_panels = Page.content_panels + [FieldPanel("body")]
    parent_page_types = ["disclosure_pages.PortalHomePage", "disclosure_pages.ContentPage"]
    subpage_types = ["disclosure_pages.ContentPage"]

    class Meta:
        verbose_name = "内容页面"
        verbose_name_plural = "内容页面"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["child_pages"] = self.get_children().live().public().specific()
        return context
