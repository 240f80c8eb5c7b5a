"""Handing a stored file to the client once the view has decided it may have it.

With ``SENDFILE_BACKEND`` set (``SENDFILE_HEADER`` in the environment, see docs/files.md) the web
server sends the file from an internal location (nginx ``X-Accel-Redirect``, Apache/lighttpd
``X-Sendfile``); otherwise Django streams it. Either way If-Modified-Since is answered only here,
after the check.
"""

from importlib import import_module

from django.conf import settings
from django.utils.cache import patch_cache_control
from wagtail.utils import sendfile_streaming_backend
from wagtail.utils.sendfile import sendfile


def sendfile_backend():
    name = getattr(settings, "SENDFILE_BACKEND", "")
    return import_module(name).sendfile if name else sendfile_streaming_backend.sendfile


def mark_cacheable(response, public):
    """Public files may be kept by caches that ask again each time (so a withdrawal takes effect
    at once); files shown to staff only are kept by nobody."""
    if public:
        patch_cache_control(response, no_cache=True)
    else:
        patch_cache_control(response, private=True, no_store=True)
    return response


def send_stored_file(request, stored, *, public, filename=None, content_type=None, attachment=False):
    """The response sending ``stored`` (a FieldFile of the local storage)."""
    response = sendfile(
        request,
        stored.path,
        attachment=attachment,
        attachment_filename=filename,
        mimetype=content_type,
        backend=sendfile_backend(),
    )
    # As Wagtail does for documents: nothing in a stored file runs in the site's origin.
    response["Content-Security-Policy"] = "default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    return mark_cacheable(response, public)
