"""Template furniture of Chinese government article pages (REGULATIONS.md §4.1)."""

import qrcode
import qrcode.image.svg
from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag(takes_context=True)
def page_qr_code(context, page):
    """扫一扫在手机上查看当前页面: the page's full URL as an inline SVG QR code (no external service)."""
    request = context.get("request")
    url = page.get_full_url(request=request) if page else request.build_absolute_uri()
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=2)
    svg = image.to_string(encoding="unicode")
    label = f'<title>本页二维码：{url}</title>'
    return mark_safe(svg.replace(">", ">" + label, 1) if svg.startswith("<svg") else svg)
