"""Admin wiring: staff download of drafts' documents, and the library keeping files of live pages."""

from django.shortcuts import redirect
from django.urls import path
from wagtail import hooks
from wagtail.admin import messages
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from . import admin_views
from .protection import deletion_refusal


# order=-1: registered before wagtail.documents / wagtail.images, so these paths — the same as
# theirs — resolve to the views that refuse to delete a file a live page uses.
@hooks.register("register_admin_urls", order=-1)
def register_admin_urls():
    return [
        path("documents/delete/<int:document_id>/", admin_views.KeepLiveDocumentDeleteView.as_view()),
        path("images/<int:image_id>/delete/", admin_views.KeepLiveImageDeleteView.as_view()),
        path(
            "files/documents/<int:document_id>/",
            admin_views.download_document,
            name="page_files_download_document",
        ),
    ]


@hooks.register("before_bulk_action")
def refuse_bulk_deletion_of_live_files(request, action_type, objects, action_class_instance):
    if action_type != "delete" or action_class_instance.model not in (get_document_model(), get_image_model()):
        return None
    reasons = [reason for obj in objects if (reason := deletion_refusal(obj))]
    if not reasons:
        return None
    for reason in reasons:
        messages.error(request, reason)
    return redirect(request.GET.get("next") or f"{action_class_instance.model._meta.app_label}:index")
