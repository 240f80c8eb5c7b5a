"""Keeping the record and the libraries in step, and refusing changes to live files at the model layer."""

from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from organisation.models import Membership, Section

from .libraries import ensure_section_library, remove_section_library, sync_library_groups
from .models import LiveFileUse
from .protection import refuse_deletion, refuse_replacement
from .uses import record_live_files


# A deleted page takes its rows with it (``LiveFileUse.page`` cascades).
@receiver(page_published)
@receiver(page_unpublished)
def live_revision_changed(sender, instance, **kwargs):
    record_live_files(instance)


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    # Wagtail unpublishes a page it deletes with the row still live, so the page_unpublished above may
    # have recorded its files again after the deletion collected its rows: remove what is left.
    if isinstance(instance, Page):
        LiveFileUse.objects.filter(page_id=instance.pk).delete()


def keep_live_file(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    previous = sender.objects.filter(pk=instance.pk).values_list("file", flat=True).first()
    if previous is not None:
        refuse_replacement(instance, previous)


def keep_live_file_on_delete(sender, instance, **kwargs):
    refuse_deletion(instance)


for _model in (get_document_model(), get_image_model()):
    pre_save.connect(keep_live_file, sender=_model, dispatch_uid=f"page_files_keep_{_model._meta.label}")
    pre_delete.connect(keep_live_file_on_delete, sender=_model, dispatch_uid=f"page_files_keep_del_{_model._meta.label}")


@receiver(post_save, sender=Section)
def section_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        ensure_section_library(instance)


@receiver(pre_delete, sender=Section)
def section_deleted(sender, instance, **kwargs):
    remove_section_library(instance)


@receiver([post_save, post_delete], sender=Membership)
def membership_changed(sender, instance, **kwargs):
    sync_library_groups(instance.user)
