"""Admin views: staff download of files that are not public, and deletion that keeps live files."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from wagtail.documents import get_document_model
from wagtail.documents.views.documents import DeleteView as DocumentDeleteView
from wagtail.images.views.images import DeleteView as ImageDeleteView

from .access import may_see_unpublished
from .protection import deletion_refusal
from .sending import send_stored_file
from .views import NOT_PUBLIC


def download_document(request, document_id):
    """A document as its section's people (and the office's reviewers) see it while drafting and
    reviewing, whether or not it is public yet; 404 to anybody else."""
    document = get_object_or_404(get_document_model(), pk=document_id)
    if not may_see_unpublished(request.user, document):
        raise Http404(NOT_PUBLIC)
    return send_stored_file(
        request, document.file, public=False, filename=document.filename,
        content_type=document.content_type, attachment=True,
    )


class KeepLiveFileMixin:
    """The delete view of the library explains, instead of deleting, when a live page uses the file."""

    def run_before_hook(self):
        # Runs after Wagtail's permission check, before the confirmation page or the deletion.
        if reason := deletion_refusal(self.object):
            messages.error(self.request, reason)
            return redirect(self.edit_url_name, self.object.pk)
        return super().run_before_hook()


class KeepLiveDocumentDeleteView(KeepLiveFileMixin, DocumentDeleteView):
    edit_url_name = "wagtaildocs:edit"


class KeepLiveImageDeleteView(KeepLiveFileMixin, ImageDeleteView):
    edit_url_name = "wagtailimages:edit"
