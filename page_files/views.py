"""Public file URLs. Every answer starts with the publication check (保密审查 第二、三条), so a file
that is not public answers 404 — never 403, never 304 from a cached ETag or date."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve_document
from wagtail.images import get_image_model

from .access import may_see_unpublished
from .sending import mark_cacheable, send_stored_file
from .uses import is_served_publicly

NOT_PUBLIC = "文件不存在或未公开。"


def serve_document(request, document_id, document_filename):
    """``/documents/<id>/<filename>``: Wagtail's own view (ETag, If-Modified-Since, sendfile,
    content disposition), reached only for a document that a public live revision uses."""
    document = get_object_or_404(get_document_model(), pk=document_id)
    if not is_served_publicly(document):
        raise Http404(NOT_PUBLIC)
    return mark_cacheable(wagtail_serve_document(request, document_id, document_filename), public=True)


def stored_image(name):
    """(image, stored file) for a stored name: an original image or one of its renditions."""
    Image = get_image_model()
    image = Image.objects.filter(file=name).first()
    if image is not None:
        return image, image.file
    rendition = Image.get_rendition_model().objects.filter(file=name).select_related("image").first()
    if rendition is not None:
        return rendition.image, rendition.file
    return None, None


def serve_image(request, name):
    """``MEDIA_URL`` + stored name: original images and renditions (what ``{% image %}`` links to).

    Public while a public live revision uses the image. Wagtail's admin shows its thumbnails and
    previews through the same URLs, so the people who may see the image in the library (and the
    office's reviewers) get it too, never cached. Documents are only served by ``serve_document``.
    """
    image, stored = stored_image(name)
    if image is None:
        raise Http404(NOT_PUBLIC)
    public = is_served_publicly(image)
    if not public and not may_see_unpublished(request.user, image):
        raise Http404(NOT_PUBLIC)
    return send_stored_file(request, stored, public=public)
