"""The demo fills the site identity (REGULATIONS §4) with placeholders: every page's footer, and the
guide and the 依申请公开 page give the address, postcode, phone and hours for paper applications."""

import pytest
from django.core.management import call_command

from operations.demo.content import SITE_IDENTITY

pytestmark = pytest.mark.django_db


def test_demo_footer_and_paper_application_details(client):
    call_command("load_demo", items=5)
    footer_fields = ["address", "postcode", "phone", "icp_number", "public_security_number", "site_code"]
    for url in ["/", "/mulu/", "/wzdt/", "/lxwm/"]:
        html = client.get(url).content.decode()
        for field in footer_fields:
            assert SITE_IDENTITY[field] in html, (url, field)
        assert "党政<br>机关" in html and 'href="/wzdt/"' in html and 'href="/lxwm/"' in html
    for url in ["/zhinan/", "/yisqgk/", "/yisqgk/apply/"]:
        html = client.get(url).content.decode()
        section = html[html.index("当面或邮寄提交书面申请"):]
        for field in ["address", "postcode", "phone", "office_hours"]:
            assert SITE_IDENTITY[field] in section, (url, field)
