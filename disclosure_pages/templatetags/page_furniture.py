"""Template furniture of Chinese government article pages (as on gov.cn and provincial portals: QR code of the page, 字号 大/中/小, 打印本页)."""

import hashlib

import qrcode
import qrcode.image.svg
from django import template
from django.core.cache import cache
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag(takes_context=True)
def page_qr_code(context, page):
    """扫一扫在手机上查看当前页面: the page's full URL as an inline SVG QR code (no external service)."""
    request = context.get("request")
    url = page.get_full_url(request=request) if page else request.build_absolute_uri()
    # Drawing the code costs tens of milliseconds; a page's address rarely changes.
    key = "page-qr:" + hashlib.sha256(url.encode()).hexdigest()
    return mark_safe(cache.get_or_set(key, lambda: _qr_svg(url), timeout=7 * 24 * 3600))


def _qr_svg(url):
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=2)
    svg = image.to_string(encoding="unicode")
    return svg.replace(">", f"><title>本页二维码：{url}</title>", 1) if svg.startswith("<svg") else svg
