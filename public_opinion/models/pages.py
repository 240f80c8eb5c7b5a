from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils.functional import cached_property
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from disclosure_pages.blocks import BodyBlock
from disclosure_pages.models import catalogue_entries
from disclosure_pages.models.scoping import SectionScopedPage

from .choices import ResponseChannel

RESPONSES_PAGE_SIZE = 20


class ResponsePageForm(WagtailAdminPageForm):
    """The case to answer is chosen among the cases the person may see (``access.visible_cases``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "case" in self.fields and self.for_user is not None:
            from .cases import OpinionCase

            # The case already chosen stays choosable (a leader of another section may edit the page).
            offered = models.Q(pk__in=OpinionCase.objects.visible_to(self.for_user).values("pk"))
            if self.instance.case_id:
                offered |= models.Q(pk=self.instance.case_id)
            self.fields["case"].queryset = OpinionCase.objects.filter(offered)


class ResponseIndexPage(SectionScopedPage, Page):
    """回应关切: the column of published responses, newest first (舆情回应制度 第四条)."""

    intro = models.TextField("栏目说明", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["disclosure_pages.PortalHomePage"]
    subpage_types = ["public_opinion.ResponsePage"]
    max_count = 1

    class Meta:
        verbose_name = "回应关切栏目"
        verbose_name_plural = "回应关切栏目"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        responses = (
            ResponsePage.objects.child_of(self).live().public()
            .select_related("publisher").order_by("-first_published_at", "-pk")
        )
        listed = Paginator(responses, RESPONSES_PAGE_SIZE).get_page(request.GET.get("page"))
        # What each response corrects, for the whole page in one query (not one per response).
        corrected = catalogue_entries().in_bulk([r.corrected_item_id for r in listed if r.corrected_item_id])
        for response in listed:
            response.__dict__["public_corrected_item"] = corrected.get(response.corrected_item_id)
        context["responses"] = listed
        return context


class ResponsePage(SectionScopedPage, Page):
    """回应关切: a response to a public-opinion case (舆情回应制度 第四条). Drafted by the responding
    section, reviewed by the same four steps as every page (保密审查 第六条); when it goes live its
    case records the time and channel (``signals.record_live_response``)."""

    publisher = models.ForeignKey(
        "organisation.Section", on_delete=models.PROTECT, related_name="opinion_responses", verbose_name="回应科室"
    )
    case = models.ForeignKey(
        "public_opinion.OpinionCase", null=True, blank=True, on_delete=models.PROTECT, related_name="responses",
        verbose_name="回应的舆情", help_text="只能选择本科室负责的舆情",
    )
    channel = models.CharField("回应渠道", max_length=20, choices=ResponseChannel.choices,
                               default=ResponseChannel.PORTAL)
    corrected_item = models.ForeignKey(
        "disclosure_pages.DisclosureItemPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name="澄清的公开信息", help_text="本回应澄清或更正的已公开信息（可不选）",
    )
    summary = models.TextField("回应要点", max_length=500, blank=True)
    body = StreamField(BodyBlock(), verbose_name="回应内容", blank=True)

    base_form_class = ResponsePageForm
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("publisher"), FieldPanel("channel")]), FieldPanel("case"),
             FieldPanel("corrected_item")],
            heading="回应信息",
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    parent_page_types = ["public_opinion.ResponseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "回应关切"
        verbose_name_plural = "回应关切"

    def clean(self):
        super().clean()
        # 舆情回应制度 第四条 / 第五条（二）谁主管、谁负责: the responding section is one the case names.
        if self.case_id and self.publisher_id and not self.case.sections.filter(pk=self.publisher_id).exists():
            raise ValidationError({"publisher": "回应科室须是该舆情的责任科室之一。"})

    @cached_property
    def public_corrected_item(self):
        """The information this response corrects, when the public catalogue shows it; else nothing."""
        if self.corrected_item_id is None:
            return None
        return catalogue_entries().filter(pk=self.corrected_item_id).first()
