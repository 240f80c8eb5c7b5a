"""Safe by construction (page_cache.rules): what a logged-in editor sees, a form with its CSRF
token, a page that leaves a message or writes the session never reaches another visitor."""

import pytest
from wagtail.models import Site

from disclosure_pages.models import PortalSettings
from tests.factories import DisclosureItemPageFactory, UserFactory
from tests.moderation.flow import fresh

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(chain):
    PortalSettings.for_site(Site.objects.get(is_default_site=True))
    return DisclosureItemPageFactory(parent=chain.portal.categories["other"], publisher=chain.section_a)


def test_an_editors_view_is_never_served_to_the_public(chain, item, client, django_assert_max_num_queries):
    editor = chain.a.drafter
    client.force_login(editor)
    editors_view = client.get(item.url)
    assert editors_view.status_code == 200 and "public" not in editors_view.get("Cache-Control", "")
    client.logout()
    client.cookies.clear()
    with django_assert_max_num_queries(100) as rendered:
        public = client.get(item.url)
    assert len(rendered) > 0, "the editor's view was kept"
    assert editor.username not in public.content.decode()
    # Once cached for the public, a logged-in request is still rendered for its user.
    client.force_login(editor)
    with django_assert_max_num_queries(100) as again:
        client.get(item.url)
    assert len(again) > 0


def test_forms_with_a_csrf_token_are_never_cached(portal, client):
    first = client.get("/yisqgk/apply/")
    assert first.status_code == 200 and "csrfmiddlewaretoken" in first.content.decode()
    client.cookies.clear()
    second = client.get("/yisqgk/apply/")
    assert "Last-Modified" not in second and second.cookies  # a new token, rendered for this visitor


def test_a_cached_page_never_holds_a_token_or_a_users_name(chain, item, client):
    someone = UserFactory(username="zhangsan_editor")
    client.force_login(someone)
    client.get(item.url)
    anonymous = type(client)()
    urls = [item.url, chain.portal.categories["other"].url, chain.portal.catalogue.url, chain.portal.home.url]
    for url in urls:
        anonymous.get(url)
        cached = anonymous.get(url)
        assert "Last-Modified" in cached, url  # served from the cache
        html = cached.content.decode()
        assert "csrfmiddlewaretoken" not in html and "zhangsan_editor" not in html, url
        assert not cached.cookies, url


def test_a_visitor_with_a_message_waiting_is_not_served_from_the_cache(item, client, django_assert_max_num_queries):
    client.get(item.url)
    client.cookies["messages"] = "anything"
    with django_assert_max_num_queries(100) as rendered:
        client.get(item.url)
    assert len(rendered) > 0


def test_a_draft_never_enters_the_cache_through_its_live_address(chain, item, client):
    client.get(item.url)
    page = fresh(item)
    page.title = "仅在草稿中的新标题"
    page.save_revision(user=chain.a.drafter)
    assert "仅在草稿中的新标题" not in client.get(item.url).content.decode()
