"""Images and their renditions follow the rule of documents (保密审查 第二、三条): what ``{% image %}``
links to is answered by a checked view; the public gets an image only while a public live revision
uses it. The people who may see it in the library (Wagtail's thumbnails use the same addresses)
get it uncached; anybody else gets 404, before any date check."""

import pytest
from django.test import Client

from disclosure_pages.models import Classification

from .conftest import login
from .factories import image, item_using

pytestmark = pytest.mark.django_db

CONDITIONAL = [{}, {"HTTP_IF_MODIFIED_SINCE": "Fri, 01 Jan 2100 00:00:00 GMT"}, {"HTTP_IF_NONE_MATCH": "*"}]


def addresses(img):
    """The original and a rendition, as templates and the admin link to them."""
    return [img.file.url, img.get_rendition("width-800").url]


def test_image_of_a_live_public_item_is_served_and_shown(client, portal, people):
    img = image(people.section_a)
    item = item_using(portal.categories["other"], people.section_a, images=[img])
    html = client.get(item.url).content.decode()
    rendition_url = img.get_rendition("width-800").url
    assert rendition_url.startswith("/files/") and rendition_url in html
    for url in addresses(img):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("image/")
        assert "no-cache" in response["Cache-Control"]
    assert client.get(rendition_url, **CONDITIONAL[1]).status_code == 304


@pytest.mark.parametrize("state", ["draft", "classified", "withdrawn", "unused"])
def test_image_of_a_page_that_is_not_public_is_not_served(client, portal, people, state):
    img = image(people.section_a)
    category = portal.categories["other"]
    if state == "draft":
        item_using(category, people.section_a, images=[img], live=False)
    elif state == "classified":
        item_using(category, people.section_a, images=[img], live=False, classification=Classification.SECRET)
    elif state == "withdrawn":
        item_using(category, people.section_a, images=[img]).withdraw("内容有误，予以撤销。")
    for url in addresses(img):
        for headers in CONDITIONAL:
            response = client.get(url, **headers)
            assert response.status_code == 404, (url, headers)


def test_section_people_and_reviewers_see_draft_images_uncached_others_do_not(portal, people):
    img = image(people.section_a)
    item_using(portal.categories["other"], people.section_a, images=[img], live=False)
    for user in [people.drafter_a, people.head_a, people.reviewer, people.office]:
        client = login(Client(), user)
        for url in addresses(img):
            response = client.get(url)
            assert response.status_code == 200, (user.username, url)
            assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    other_section = login(Client(), people.drafter_b)
    for url in addresses(img):
        assert other_section.get(url).status_code == 404


def test_unknown_stored_names_answer_404(client):
    for url in ["/files/original_images/none.png", "/files/images/none.width-800.png", "/files/../settings.py"]:
        assert client.get(url).status_code == 404
