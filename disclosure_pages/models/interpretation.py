from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField

from .choices import InterpretationForm
from .items import DisclosureItemPage, catalogue_entries


def _content_block():
    from ..interpretation_blocks import InterpretationContentBlock

    return InterpretationContentBlock()


class InterpretationPage(DisclosureItemPage):
    """政策解读: explains a normative or important policy document (政策解读制度).

    It is a catalogue item in its own right (索引号, 发布机构, …). Its plan (解读方案, 第四条（一）) lives
    with the document it interprets (``DisclosureItemPage.plan_*``); the page carries the form it took
    and the content fitting that form (第三条). Going live only with or after its document, and only by
    the document's section or the one its head assigned, is the guard's rule
    (``moderation.interpretations``).
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
    interpretation_content = StreamField(
        _content_block(), verbose_name="解读内容", blank=True,
        help_text="按解读形式填写：问答、图解（含文字版）、视频（含字幕）、访谈（嘉宾与实录）、专家解读",
    )

    content_panels = DisclosureItemPage.content_panels[:1] + [
        MultiFieldPanel(
            [FieldPanel("interpreted_document"), FieldPanel("interpretation_form")],
            heading="解读的文件",
        ),
        FieldPanel("interpretation_content"),
    ] + DisclosureItemPage.content_panels[1:-1]  # an interpretation needs no interpretation plan

    parent_page_types = ["disclosure_pages.CategoryPage"]
    subpage_types = []

    class Meta:
        verbose_name = "政策解读"
        verbose_name_plural = "政策解读"

    @property
    def needs_interpretation(self):
        return False

    def document_kind_errors(self):
        """An interpretation explains a 规章 or 规范性文件; it is not one (表二 counts the documents)."""
        if self.document_kind:
            return {"document_kind": "政策解读不是规章或规范性文件，文件类型请选“非规章、规范性文件”。"}
        return {}

    def form_content_error(self):
        """政策解读制度 第三条: each form carries the content of that form; the message when it does not."""
        from ..interpretation_blocks import BLOCK_OF_FORM

        wanted = BLOCK_OF_FORM.get(self.interpretation_form)
        if wanted and wanted not in {block.block_type for block in self.interpretation_content}:
            label = self.get_interpretation_form_display()
            block_label = self.interpretation_content.stream_block.child_blocks[wanted].label
            return f"解读形式为「{label}」，解读内容中须至少有一项「{block_label}」"
        return None

    def full_clean(self, *args, **kwargs):
        # Checked when the page is edited (and again at 送审, ``moderation.interpretations``), not on every
        # save: an interpretation published before this rule can still be withdrawn or moved.
        super().full_clean(*args, **kwargs)
        if message := self.form_content_error():
            raise ValidationError({"interpretation_content": message + "。"})

    @cached_property
    def public_interpreted_document(self):
        """The interpreted document when the public catalogue shows it (live, no view restriction,
        unclassified, proactive); otherwise the public page names no document."""
        if self.interpreted_document_id is None:
            return None
        return catalogue_entries().filter(pk=self.interpreted_document_id).first()
