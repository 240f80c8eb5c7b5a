"""扫一扫在手机上查看当前页面 as a visitor meets it: the image the browser loads encodes the public
site address of the page; beside the metadata on a desktop, below the content on a phone."""

import io

import pytest
import zxingcpp
from PIL import Image

from tests.browser.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser


def test_qr_code_encodes_the_public_address_and_sits_below_the_content_on_a_phone(public_site, open_page, settings):
    settings.PUBLIC_SITE_URL = "https://gk.example.gov.cn"
    page = open_page(public_site.item.url, width=PHONE)
    image = page.locator(".qr img")
    response = page.request.get(image.evaluate("img => img.src"))
    assert response.ok and "max-age" in response.headers["cache-control"]
    decoded = [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(response.body())))]
    assert decoded == ["https://gk.example.gov.cn" + public_site.item.url]
    assert image.evaluate("img => img.naturalWidth") > 0
    content_bottom = page.locator(".article-tools").bounding_box()
    assert image.bounding_box()["y"] > content_bottom["y"] + content_bottom["height"] - 1

    page.set_viewport_size({"width": DESKTOP, "height": 800})
    metadata = page.locator("dl.metadata").bounding_box()
    box = image.bounding_box()
    assert box["x"] >= metadata["x"] + metadata["width"] and box["y"] < metadata["y"] + metadata["height"]
