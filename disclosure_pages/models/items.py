from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.actions.create_alias import CreatePageAliasPermissionError
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from ..blocks import BodyBlock
from ..edit_panels import PublicationDeadlinePanel
from ..forms import ItemCopyForm, ItemForm
from ..visibility import without_view_restrictions
from .channels import ItemChannel
from .choices import Classification, DisclosureCategory, DisclosureDecision, DocumentKind, InterpretationForm, Validity
from .index_numbers import PENDING_SLUG, allocate_index_number, slug_for_index_number
from .scoping import SectionScopedPage

ALIAS_REFUSAL = ("公开条目不能创建别名：每条信息只有一个索引号、在目录中只出现一次。"
                 "如需在其他栏目公开相同内容，请复制为新的条目（分配新的索引号，并须重新送审）。")


class AliasRefused(CreatePageAliasPermissionError):
    """An alias of a catalogue item would be a second entry with the same 索引号."""

    def __init__(self):
        super().__init__(ALIAS_REFUSAL)


class ItemKeyword(TaggedItemBase):
    content_object = ParentalKey("disclosure_pages.DisclosureItemPage", related_name="keyword_items")


def _public(model):
    return without_view_restrictions(model.objects.live()).filter(
        classification=Classification.NONE, disclosure_decision=DisclosureDecision.PROACTIVE
    )


def _has_public_interpretation():
    return Exists(_public(DisclosureItemPage).filter(interpretationpage__interpreted_document=OuterRef("pk")))


def catalogue_entries(model=None):
    """What the public catalogue may show: live, not behind a view restriction, unclassified, proactive
    (of ``model``, a kind of item, when given).

    Each entry knows whether the catalogue shows an interpretation of it (``has_interpretation``,
    政策解读制度: listings mark documents that have one), in the same query."""
    return (
        _public(model or DisclosureItemPage)
        .annotate(has_interpretation=_has_public_interpretation())
        .select_related("publisher")
        .order_by("-publication_date", "-pk")
    )


class DisclosureItemPage(SectionScopedPage, Page):
    """公开条目: one piece of proactively disclosed information with its catalogue metadata."""

    index_number = models.CharField("索引号", max_length=60, unique=True, editable=False, blank=True)
    document_number = models.CharField("文号", max_length=80, blank=True, help_text="例如：卫云数发〔2019〕12号")
    publisher = models.ForeignKey(
        "organisation.Section", on_delete=models.PROTECT, related_name="items", verbose_name="发布机构"
    )
    creation_date = models.DateField("生成日期", help_text="信息形成（成文）或变更的日期，20个工作日公开时限从此起算")
    publication_date = models.DateField("发布日期", null=True, blank=True, editable=False)
    topic = models.ForeignKey(
        "disclosure_pages.TopicCategory",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="主题分类",
    )
    keywords = ClusterTaggableManager("主题词", through=ItemKeyword, blank=True)
    summary = models.TextField("内容概述", blank=True, max_length=500)
    is_normative = models.BooleanField("规范性文件", default=False, help_text="规范性文件须同步发布政策解读")
    # 政策解读制度 第二条: besides every 规范性文件, any item its drafter or head marks 重要政策文件.
    is_important_policy = models.BooleanField(
        "重要政策文件", default=False, help_text="由起草人或科室负责人标记；须同步发布政策解读（政策解读制度 第二条）"
    )
    # 解读方案 (政策解读制度 第四条（一）（二）): the plan lives with the document, is part of the revision
    # the section head approves at step 2, and must be complete before the drafter's step 1 (送审).
    plan_outline = models.TextField("解读提纲", blank=True)
    plan_form = models.CharField("解读形式", max_length=20, choices=InterpretationForm.choices, blank=True)
    plan_channel = models.CharField("解读途径", max_length=200, blank=True, help_text="例如：门户网站、新闻发布会、政务新媒体")
    planned_on = models.DateField("计划解读时间", null=True, blank=True)
    interpreting_section = models.ForeignKey(
        "organisation.Section",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="解读科室",
        help_text="留空即由本科室解读（谁起草、谁解读）；指定其他科室须经本科室负责人在第二步审查时一并批准",
    )
    # 条例 第二十条第（一）项: counted in the annual report's 表二 (issued in the year of creation_date,
    # repealed in the year of validity_changed_on).
    document_kind = models.CharField(
        "文件类型", max_length=12, choices=DocumentKind.choices, default=DocumentKind.NONE, blank=True
    )
    validity = models.CharField("有效性", max_length=12, choices=Validity.choices, default=Validity.IN_FORCE)
    validity_explanation = models.TextField(
        "有效性变更说明", blank=True, help_text="有效性改为失效或废止时必须填写，公开页面和目录将一并展示"
    )
    validity_changed_on = models.DateField("有效性变更日期", null=True, blank=True, editable=False)
    classification = models.CharField(
        "密级", max_length=16, choices=Classification.choices, default=Classification.NONE, blank=True
    )
    disclosure_decision = models.CharField(
        "公开方式", max_length=16, choices=DisclosureDecision.choices, default=DisclosureDecision.PROACTIVE
    )
    body = StreamField(BodyBlock(), verbose_name="正文", blank=True)
    withdrawn_at = models.DateTimeField("撤销时间", null=True, blank=True, editable=False)
    withdrawal_explanation = models.TextField("撤销说明", blank=True, editable=False)
    # What the public keeps seeing of a withdrawn item: the revision that was live, never a later draft.
    withdrawn_revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="撤销前公开的版本",
    )

    search_fields = Page.search_fields + [
        index.SearchField("document_number"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("index_number"),
        index.FilterField("publisher"),
        index.FilterField("validity"),
    ]

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                PublicationDeadlinePanel(),
                FieldRowPanel([FieldPanel("document_number"), FieldPanel("publisher")]),
                FieldRowPanel([FieldPanel("creation_date"), FieldPanel("topic")]),
                FieldPanel("keywords"),
                FieldPanel("summary"),
                FieldRowPanel([FieldPanel("document_kind"), FieldPanel("is_normative"), FieldPanel("classification")]),
            ],
            heading="目录信息",
        ),
        MultiFieldPanel(
            [FieldPanel("validity"), FieldPanel("validity_explanation")],
            heading="有效性",
        ),
        FieldPanel("body"),
        InlinePanel("attachments", label="附件"),
        InlinePanel("channels", label="其他公开渠道", heading="其他公开渠道（协调机制 第四条）"),
        MultiFieldPanel(
            [
                FieldPanel("is_important_policy"),
                FieldRowPanel([FieldPanel("plan_form"), FieldPanel("planned_on")]),
                FieldPanel("plan_outline"),
                FieldRowPanel([FieldPanel("plan_channel"), FieldPanel("interpreting_section")]),
            ],
            heading="政策解读方案（规范性文件、重要政策文件必填，政策解读制度 第二、四条）",
        ),
    ]

    # No slug field: a new item's address comes from its 索引号 and never changes (see full_clean).
    promote_panels = []

    parent_page_types = ["disclosure_pages.CategoryPage"]
    subpage_types = []
    # Read with the page when it is served (disclosure_pages.routing): its metadata table shows them.
    route_related = ("publisher", "topic__parent")

    @staticmethod
    def route_annotations():
        """Whether the item has other channels, keywords, attachments and a public interpretation, so that
        an item without them reads none of them (computed in the routing query)."""
        return {
            "has_channels": Exists(ItemChannel.objects.filter(page=OuterRef("pk"))),
            "has_keywords": Exists(ItemKeyword.objects.filter(content_object=OuterRef("pk"))),
            "has_attachments": Exists(ItemAttachment.objects.filter(page=OuterRef("pk"))),
            "has_interpretation": _has_public_interpretation(),
        }
    copy_form_class = ItemCopyForm
    base_form_class = ItemForm
    # A copy is a new item: it gets its own 索引号 and has never been published.
    exclude_fields_in_copy = ["index_number", "publication_date", "validity_changed_on", "withdrawn_at"]

    class Meta:
        verbose_name = "公开条目"
        verbose_name_plural = "公开条目"
        indexes = [
            # Catalogue listings, newest first, paged by (date, id) (disclosure_pages.listing).
            models.Index(fields=["-publication_date", "-page_ptr"], name="item_publication_desc"),
            # The withdrawn list of a category reads only withdrawn items, newest first.
            models.Index(fields=["-withdrawn_at"], name="item_withdrawn_desc",
                         condition=models.Q(withdrawn_at__isnull=False)),
        ]

    def __str__(self):
        return self.title

    # -- rules ---------------------------------------------------------------------------

    def clean(self):
        super().clean()
        errors = {}
        # 主动公开制度 第二条: a change of validity is published together with an explanation.
        if self.validity != Validity.IN_FORCE and not self.validity_explanation.strip():
            errors["validity_explanation"] = "有效性改为失效或废止时，必须填写变更说明。"
        errors.update(self.document_kind_errors())
        if errors:
            raise ValidationError(errors)

    def document_kind_errors(self):
        """表二 (条例 第二十条第（一）项) counts 规章 and 行政规范性文件; they are published in the category
        法规规章和规范性文件、政策解读 (主动公开制度 第三条), and a 行政规范性文件 is a 规范性文件, whose
        interpretation is due with it (政策解读制度 第二条): the drafter ticks 规范性文件 knowingly."""
        if not self.document_kind:
            return {}
        errors = {}
        if self.category != DisclosureCategory.REGULATIONS:
            errors["document_kind"] = (f"{self.get_document_kind_display()}只能发布在“{DisclosureCategory.REGULATIONS.label}”"
                                       "栏目；请改选“非规章、规范性文件”，或在该栏目下添加。")
        if self.document_kind == DocumentKind.NORMATIVE and not self.is_normative:
            errors["is_normative"] = "行政规范性文件属于规范性文件，请勾选“规范性文件”（须同步发布政策解读，政策解读制度 第二条）。"
        return errors

    # 索引号, 发布日期, the leader's disclosure decision and the withdrawal record belong to the item,
    # not to a revision: publishing an older revision must not bring back an older value.
    ITEM_FIELDS = (
        "index_number",
        "publication_date",
        "validity_changed_on",
        "disclosure_decision",
        "withdrawn_at",
        "withdrawal_explanation",
        "withdrawn_revision_id",
    )

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        for name in self.ITEM_FIELDS:
            setattr(obj, name, getattr(self, name))
        return obj

    def full_clean(self, *args, **kwargs):
        # 条例 第十二条: the 索引 is the item's stable identifier, so a new item given no slug gets a short
        # one from it (item-2026-00039, in save(), once the number is drawn), not its ~270-character title.
        if self._state.adding and not self.slug:
            self._slug_from_index_number = True
            self.slug = PENDING_SLUG
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        # One item, one 索引号, one catalogue entry (条例 第十二条: the 索引 is the item's unique,
        # stable identifier): whichever path creates an alias (admin copy, a category aliased with its
        # items, Page.create_alias), it is refused here.
        if self.alias_of_id is not None:
            raise AliasRefused()
        if not self.index_number:
            year = (self.creation_date or timezone.localdate()).year
            self.index_number = allocate_index_number(year)
        if self._state.adding and (not self.slug or getattr(self, "_slug_from_index_number", False)):
            self.slug = slug_for_index_number(self.index_number)
        previous = (
            type(self).objects.filter(pk=self.pk).values("live", "validity", "live_revision_id", "slug").first()
            if self.pk
            else None
        )
        if previous and previous["slug"] != self.slug:
            raise ValidationError({"slug": "公开条目的网址创建后不能更改。"})
        # 表二 本年废止: an item created or imported already repealed (or expired) carries the day of that
        # change; the importer and the demo give the historical day, otherwise it is the day it is recorded.
        if self.validity != Validity.IN_FORCE and self.validity_changed_on is None:
            self.validity_changed_on = timezone.localdate()
        if self.live:
            if not self.publication_date:
                self.publication_date = timezone.localdate(self.first_published_at or timezone.now())
            if previous and previous["validity"] != self.validity:
                self.validity_changed_on = timezone.localdate()
            self.withdrawn_at = None
            self.withdrawal_explanation = ""
            self.withdrawn_revision = None
        elif previous and previous["live"]:
            # 主动公开制度 第二条: withdrawing a live item is published with an explanation.
            if not self.withdrawal_explanation.strip():
                if self.expired:
                    self.withdrawal_explanation = "公开期限届满，自动撤销。"
                else:
                    raise ValidationError({"withdrawal_explanation": "撤销已公开的信息时，必须填写撤销说明。"})
            self.withdrawn_at = self.withdrawn_at or timezone.now()
            self.withdrawn_revision_id = previous["live_revision_id"]
        self.clean()
        return super().save(*args, **kwargs)

    # -- 政策解读制度 ----------------------------------------------------------------------

    PLAN_FIELDS = ("plan_outline", "plan_form", "plan_channel", "planned_on")

    @property
    def needs_interpretation(self):
        """政策解读制度 第二条: every 规范性文件, and items marked 重要政策文件."""
        return self.is_normative or self.is_important_policy

    def missing_plan_parts(self):
        """The labels of the 解读方案 parts still empty (第四条（一）); empty when none is needed."""
        if not self.needs_interpretation:
            return []
        return [
            str(self._meta.get_field(name).verbose_name)
            for name in self.PLAN_FIELDS
            if not (getattr(self, name).strip() if isinstance(getattr(self, name), str) else getattr(self, name))
        ]

    @property
    def interpreting_section_or_own(self):
        return self.interpreting_section if self.interpreting_section_id else self.publisher

    # -- derived values ------------------------------------------------------------------

    @property
    def publication_deadline(self):
        """主动公开制度 第四条: the last day on which the item may be published."""
        from ..publication_clock import publication_deadline

        return publication_deadline(self.creation_date)

    @cached_property
    def category(self):
        from .catalogue import CategoryPage

        parent = CategoryPage.objects.filter(path=self.path[: -self.steplen]).only("category").first()
        return parent.category if parent else None

    def live_interpretations(self):
        """The interpretations the public catalogue shows (live, public, unclassified, proactive)."""
        from .interpretation import InterpretationPage

        return catalogue_entries(InterpretationPage).filter(interpreted_document=self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only what the routing query found (route_annotations); unannotated, read everything.
        context["interpretations"] = self.live_interpretations() if getattr(self, "has_interpretation", True) else []
        context["attachments"] = (
            self.attachments.select_related("document") if getattr(self, "has_attachments", True) else []
        )
        context["channels"] = self.channels.all() if getattr(self, "has_channels", True) else []
        return context

    def shown_keywords(self):
        """主题词 as the metadata table shows them."""
        return self.keywords.all() if getattr(self, "has_keywords", True) else []

    @property
    def publicly_withdrawn(self):
        """Withdrawn from the catalogue with a public explanation (主动公开 第二条). An item taken down
        because it was decided 不予公开/依申请公开 or marked with a 密级 leaves no public trace."""
        return (
            not self.live
            and self.withdrawn_at is not None
            and self.withdrawn_revision_id is not None
            and self.disclosure_decision == DisclosureDecision.PROACTIVE
        )

    def as_withdrawn(self):
        """The item as the public last saw it: the content of its last live revision."""
        return self.with_content_json(self.withdrawn_revision.content)

    def route(self, request, path_components):
        # 主动公开 第二条: a withdrawn item's address keeps answering with the explanation.
        if not path_components and self.publicly_withdrawn:
            return RouteResult(self)
        return super().route(request, path_components)

    def serve(self, request, *args, **kwargs):
        if not self.live:  # only a publicly withdrawn item is routed here while not live
            shown = self.as_withdrawn()
            context = {"item": shown, "page": shown}
            return TemplateResponse(request, "disclosure_pages/withdrawn.html", context, status=410)
        return super().serve(request, *args, **kwargs)

    def withdraw(self, explanation, user=None):
        """Take a live item off the site with its explanation. Callers check permission first."""
        from wagtail.actions.unpublish_page import UnpublishPageAction

        if not explanation or not explanation.strip():
            raise ValidationError({"withdrawal_explanation": "撤销已公开的信息时，必须填写撤销说明。"})
        self.withdrawal_explanation = explanation.strip()
        self.withdrawn_at = timezone.now()
        UnpublishPageAction(self, user=user, include_descendants=False).execute(skip_permission_checks=True)


class ItemAttachment(Orderable):
    page = ParentalKey(DisclosureItemPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.PROTECT, related_name="+", verbose_name="文件")
    title = models.CharField("显示名称", max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = "附件"
        verbose_name_plural = "附件"

    @property
    def display_title(self):
        return self.title or self.document.title
