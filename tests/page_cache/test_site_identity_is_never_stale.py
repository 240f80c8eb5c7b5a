"""The Site, its root page and the portal settings are held by each worker (``page_cache.site_identity``)
instead of being read on every request: held, but never stale and never shared between requests."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from disclosure_pages.models import PortalSettings
from tests.factories import DisclosureItemPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(portal):
    PortalSettings.for_site(Site.objects.get(is_default_site=True))
    return DisclosureItemPageFactory(parent=portal.categories["regulations"], title="站点信息条目")


@pytest.fixture
def staff_client(client):
    """A logged-in reader: every request is rendered (the page cache never answers it)."""
    client.force_login(UserFactory(is_staff=True))
    return client


def tables_read(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return " ".join(q["sql"] for q in queries)


def test_a_rendered_page_reads_neither_the_site_nor_its_settings_again(item, staff_client):
    staff_client.get(item.url)
    sql = tables_read(staff_client, item.url)
    assert "wagtailcore_site" not in sql
    assert "disclosure_pages_portalsettings" not in sql
    assert "disclosure_pages_portalhomepage" not in sql


def test_changed_settings_show_on_the_next_request_of_every_page(item, portal, staff_client):
    for url in (item.url, portal.home.url):
        assert "主办单位：中卫市云计算和大数据发展局<" in staff_client.get(url).content.decode()
    settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.organisation_name = "某市数据局（改名后）"
    settings.save()
    for url in (item.url, portal.home.url):
        page = staff_client.get(url).content.decode()
        assert "主办单位：某市数据局（改名后）<" in page and "主办单位：中卫市云计算和大数据发展局" not in page, url


def test_a_changed_home_page_is_not_served_from_what_the_worker_held(portal, staff_client):
    staff_client.get(portal.home.url)
    home = portal.home.specific
    home.title = "新的首页标题"
    home.save()  # the live row itself (publishing goes through the review chain and ends in the same save)
    assert "新的首页标题" in staff_client.get(portal.home.url).content.decode()


def test_a_changed_site_is_read_again(item, portal, staff_client):
    staff_client.get(item.url)
    site = Site.objects.get(is_default_site=True)
    site.site_name = "改过的站点"
    site.save()
    assert "wagtailcore_site" in tables_read(staff_client, item.url)


def test_requests_never_share_the_held_objects(item, rf):
    from page_cache import site_identity

    first, second = rf.get(item.url), rf.get(item.url)
    site_identity.attach(first)
    site_identity.attach(second)
    assert first._wagtail_site is not second._wagtail_site
    assert first._wagtail_site.root_page is not second._wagtail_site.root_page
    settings_attr = PortalSettings.get_cache_attr_name()
    assert getattr(first, settings_attr) is not getattr(second, settings_attr)
    assert getattr(first, settings_attr)._request is first
