"""扫一扫在手机上查看当前页面: the QR code of a public page, served as its own small, cacheable PNG
(not inline in every page), encoding the page's public address."""

import hashlib
import io

import qrcode
from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Page

CACHE_SECONDS = 24 * 3600


def public_address(page, request):
    """The address a phone should open: the configured public site URL (``PUBLIC_SITE_URL``) followed
    by the page's path, else the host the request came to (never the Site record's ``localhost``)."""
    parts = page.get_url_parts(request=request)
    if parts is None:
        return None
    path = parts[2]
    base = settings.PUBLIC_SITE_URL.rstrip("/")
    return base + path if base else request.build_absolute_uri(path)


def image_url(page):
    return reverse("disclosure_pages:page_qr_code", args=[page.pk])


def _png(address):
    buffer = io.BytesIO()
    qrcode.make(address, box_size=6, border=2).save(buffer, format="PNG")
    return buffer.getvalue()


@require_safe
@cache_control(public=True, max_age=CACHE_SECONDS)
def page_qr_code(request, page_id):
    """The QR code of a live, public page; any other page is unknown here (404), like its address."""
    page = Page.objects.live().public().filter(pk=page_id).first()
    address = public_address(page, request) if page is not None else None
    if address is None:
        raise Http404
    # Drawing the code costs milliseconds; a page's address rarely changes.
    key = "page-qr-png:" + hashlib.sha256(address.encode()).hexdigest()
    return HttpResponse(cache.get_or_set(key, lambda: _png(address), timeout=7 * CACHE_SECONDS),
                        content_type="image/png")
