"""Public file URLs: documents at Wagtail's address, images (originals, renditions) at ``MEDIA_URL``.

Nothing under ``MEDIA_ROOT`` is served directly; each of these views checks first.
"""

from django.conf import settings
from django.urls import path, re_path
from wagtail.documents.views.serve import authenticate_with_password

from . import views

urlpatterns = [
    # Replaces wagtail.documents.urls: same names, so ``document.url`` and rich-text links point here.
    re_path(r"^documents/(\d+)/(.*)$", views.serve_document, name="wagtaildocs_serve"),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        authenticate_with_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path(f"{settings.MEDIA_URL.strip('/')}/<path:name>", views.serve_image, name="page_files_image"),
]
