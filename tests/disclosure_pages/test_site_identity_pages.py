"""Site identity (REGULATIONS §4): the office keeps it in 门户设置; every page's footer shows it, with
网站地图 (live, public pages only) and 联系我们."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Site

from disclosure_pages.models import PortalSettings
from organisation.models import Role
from organisation.roles import ADMIN_GROUP
from tests.factories import ContentPageFactory, SectionFactory, general_office, member

pytestmark = pytest.mark.django_db


def test_footer_names_the_registrations_and_links_site_map_and_contact(client, portal):
    PortalSettings.objects.update_or_create(site=Site.objects.get(is_default_site=True), defaults={
        "icp_number": "宁ICP备12345678号-1", "public_security_number": "宁公网安备 64050202000001号",
        "site_code": "6405000001", "address": "中卫市文萃南街1号", "postcode": "755000", "phone": "0955-7000000",
        "government_site_mark_url": "https://example.gov.cn/mark",
    })
    html = client.get(portal.catalogue.url).content.decode()
    for text in ["宁ICP备12345678号-1", "宁公网安备 64050202000001号", "网站标识码：6405000001",
                 "联系地址：中卫市文萃南街1号（邮编 755000）", "电话：0955-7000000",
                 'href="https://example.gov.cn/mark"', 'href="/wzdt/">网站地图', 'href="/lxwm/">联系我们']:
        assert text in html, text
    contact = client.get("/lxwm/").content.decode()
    assert "中卫市文萃南街1号" in contact and "755000" in contact and 'href="tel:0955-7000000"' in contact


def test_site_map_lists_live_public_pages_only(client, portal):
    ContentPageFactory(parent=portal.home, title="信息公开指南", slug="zhinan")
    ContentPageFactory(parent=portal.home, title="尚未发布的草稿页面", slug="draft", live=False)
    html = client.get("/wzdt/").content.decode()
    assert "信息公开指南" in html and portal.categories["finance"].title in html
    assert "尚未发布的草稿页面" not in html


def test_the_office_edits_the_site_identity_and_drafters_cannot(client, portal):
    url = reverse("wagtailsettings:edit", args=["disclosure_pages", "portalsettings"])
    office_staff = member(Role.DRAFTER, general_office(), "office_staff")
    office_staff.groups.add(Group.objects.get(name=ADMIN_GROUP))
    client.force_login(office_staff)
    response = client.get(url, follow=True)
    assert response.status_code == 200 and "ICP备案号" in response.content.decode()
    client.force_login(member(Role.DRAFTER, SectionFactory()))
    response = client.get(url)
    assert response.status_code in (302, 403)
