"""Which documents and images belong to which page, and which collection belongs to which section."""

from django.db import models
from django.db.models import Q
from wagtail.documents import get_document_model, get_document_model_string
from wagtail.images import get_image_model_string


class LiveFileUseQuerySet(models.QuerySet):
    def of(self, file):
        """Uses of ``file``, a document or an image."""
        if isinstance(file, get_document_model()):
            return self.filter(document=file)
        return self.filter(image=file)


class LiveFileUse(models.Model):
    """A document or image that a page's *live* revision uses (an attachment row, a chooser block,
    a rich-text link or embed). Kept by ``page_files.uses.record_live_files`` on publish and
    unpublish; a draft's files are not here. 保密审查 第二、三条: a file goes public only with the
    reviewed revision that carries it."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="live_file_uses")
    document = models.ForeignKey(
        get_document_model_string(), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    image = models.ForeignKey(
        get_image_model_string(), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )

    objects = LiveFileUseQuerySet.as_manager()

    class Meta:
        verbose_name = "已发布版本使用的文件"
        verbose_name_plural = "已发布版本使用的文件"
        constraints = [
            models.CheckConstraint(
                condition=Q(document__isnull=False, image__isnull=True) | Q(document__isnull=True, image__isnull=False),
                name="live_file_use_one_file",
            ),
            models.UniqueConstraint(fields=["page", "document"], name="live_file_use_unique_document"),
            models.UniqueConstraint(fields=["page", "image"], name="live_file_use_unique_image"),
        ]

    def __str__(self):
        return f"{self.page_id} · {self.document_id or self.image_id}"


class SectionLibrary(models.Model):
    """科室文件库: the Wagtail collection holding a section's documents and images, and the group
    whose members (the section's people) may add, change and choose them (保密审查 第三条: 谁主管、谁负责)."""

    section = models.OneToOneField(
        "organisation.Section", on_delete=models.CASCADE, related_name="library", verbose_name="科室"
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection", on_delete=models.PROTECT, related_name="section_library", verbose_name="文件夹"
    )
    group = models.OneToOneField(
        "auth.Group", on_delete=models.PROTECT, related_name="section_library", verbose_name="用户组"
    )

    class Meta:
        verbose_name = "科室文件库"
        verbose_name_plural = "科室文件库"

    def __str__(self):
        return str(self.section)
