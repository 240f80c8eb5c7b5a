"""扫一扫在手机上查看当前页面: the QR code is its own cacheable image and encodes the page's public
address: the configured site URL, else the host the request came to (never the Site record's localhost)."""

import io
import re

import pytest
import zxingcpp
from PIL import Image

from tests.factories import DisclosureItemPageFactory

pytestmark = pytest.mark.django_db


def decoded(response):
    return [result.text for result in zxingcpp.read_barcodes(Image.open(io.BytesIO(response.content)))]


def qr_image_url(client, page):
    html = client.get(page.url).content.decode()
    return re.search(r'<img src="(/qr/\d+\.png)"', html).group(1)


def test_qr_code_encodes_the_configured_public_site_url(client, portal, settings):
    settings.PUBLIC_SITE_URL = "https://gk.example.gov.cn/"
    item = DisclosureItemPageFactory(parent=portal.categories["other"], slug="item-2026-0007")
    response = client.get(qr_image_url(client, item))
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert "public" in response["Cache-Control"] and "max-age=86400" in response["Cache-Control"]
    assert decoded(response) == ["https://gk.example.gov.cn/mulu/other/item-2026-0007/"]


def test_without_a_configured_url_the_qr_code_uses_the_request_host(client, portal, settings):
    settings.PUBLIC_SITE_URL = ""
    settings.ALLOWED_HOSTS = ["gk.zhongwei.example"]
    item = DisclosureItemPageFactory(parent=portal.categories["other"], slug="item-2026-0008")
    response = client.get(f"/qr/{item.pk}.png", HTTP_HOST="gk.zhongwei.example")
    assert decoded(response) == ["http://gk.zhongwei.example/mulu/other/item-2026-0008/"]


def test_the_page_no_longer_carries_an_inline_svg(client, portal):
    item = DisclosureItemPageFactory(parent=portal.categories["other"])
    html = client.get(item.url).content.decode()
    assert "<svg" not in html and f'alt="本页二维码：http://testserver{item.url}"' in html


def test_unpublished_pages_have_no_qr_code(client, portal):
    item = DisclosureItemPageFactory(parent=portal.categories["other"], live=False)
    assert client.get(f"/qr/{item.pk}.png").status_code == 404
    assert client.get("/qr/999999.png").status_code == 404
