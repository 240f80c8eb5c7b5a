from django import template
from django.urls import reverse

register = template.Library()


@register.simple_tag(takes_context=True)
def document_url(context, document):
    """A document's public address; in the admin's preview of a draft, the staff download instead
    (the public address answers 404 until a public live revision uses the document)."""
    request = context.get("request")
    if getattr(request, "is_preview", False):
        return reverse("page_files_download_document", args=[document.pk])
    return document.url
