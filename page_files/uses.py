"""The record of files used by live revisions, and the questions asked of it.

A file (document or image, with its renditions) belongs to the pages that use it. It is served to
the public only while a public page's *live revision* uses it (保密审查 第二、三条), and it cannot be
replaced or deleted while any live revision uses it: a new file goes in with a new revision that
passes the review chain.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from .models import LiveFileUse
from .public_pages import is_public_page


def files_used_by(page):
    """(document ids, image ids) that ``page`` — a page as one of its revisions has it — uses:
    foreign keys, inline rows (``ItemAttachment``), chooser blocks, rich-text links and embeds."""
    Document, Image = get_document_model(), get_image_model()
    wanted = {ContentType.objects.get_for_model(model).pk: model for model in (Document, Image)}
    found = {Document: set(), Image: set()}
    # Wagtail's reference index walks fields, child relations, StreamField blocks and rich text
    # the same way for every model; it reads the object in hand, so a revision's content works.
    for content_type_id, object_id, _, _ in ReferenceIndex._extract_references_from_object(page):
        if content_type_id in wanted:
            found[wanted[content_type_id]].add(int(object_id))
    # A rich-text link may name a file deleted since: keep only files that exist.
    return tuple(
        set(model.objects.filter(pk__in=ids).values_list("pk", flat=True)) if ids else set()
        for model, ids in found.items()
    )


@transaction.atomic
def record_live_files(page):
    """Make the record of ``page`` match its live revision (nothing when it is not live)."""
    page = Page.objects.filter(pk=page.pk).select_related("live_revision").first()
    if page is None:
        return
    LiveFileUse.objects.filter(page=page).delete()
    if not page.live:
        return
    # The live revision, not a newer draft; a page published without revisions uses its own rows.
    source = page.live_revision.as_object() if page.live_revision_id else page.specific
    documents, images = files_used_by(source)
    LiveFileUse.objects.bulk_create(
        [LiveFileUse(page=page, document_id=pk) for pk in sorted(documents)]
        + [LiveFileUse(page=page, image_id=pk) for pk in sorted(images)]
    )


def in_live_use(file):
    """Is ``file`` (a document or an image) used by the live revision of any page?"""
    return file.pk is not None and LiveFileUse.objects.of(file).exists()


def is_served_publicly(file):
    """May the public download ``file``? Only while a public page's live revision uses it."""
    pages = Page.objects.filter(pk__in=LiveFileUse.objects.of(file).values("page_id"), live=True)
    return any(is_public_page(page) for page in pages.specific())
