"""Base forms of the document and image library (``WAGTAILDOCS_DOCUMENT_FORM_BASE``,
``WAGTAILIMAGES_IMAGE_FORM_BASE``): replacing the file of one a live page uses is a form error."""

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .protection import replacement_refusal


class KeepLiveFileFormMixin:
    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk and "file" in self.changed_data and (reason := replacement_refusal(self.instance)):
            self.add_error("file", reason)
        return cleaned_data


class DocumentForm(KeepLiveFileFormMixin, BaseDocumentForm):
    """The document library's form (WAGTAILDOCS_DOCUMENT_FORM_BASE): refuses replacing a live file."""


class ImageForm(KeepLiveFileFormMixin, BaseImageForm):
    """The image library's form (WAGTAILIMAGES_IMAGE_FORM_BASE): refuses replacing a live file."""
