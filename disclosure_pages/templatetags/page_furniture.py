"""Template furniture of Chinese government article pages (as on gov.cn and provincial portals: QR code of the page, 字号 大/中/小, 打印本页)."""

from django import template
from django.utils.html import format_html

from ..qr_codes import image_url, public_address

register = template.Library()


@register.simple_tag(takes_context=True)
def page_qr_code(context, page):
    """扫一扫在手机上查看当前页面: an image of the page's QR code (disclosure_pages.qr_codes), its
    address as the text alternative."""
    address = public_address(page, context["request"])
    return format_html('<img src="{}" width="120" height="120" alt="本页二维码：{}">', image_url(page), address)
