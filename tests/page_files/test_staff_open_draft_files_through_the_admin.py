"""Files of drafts are read by the people who draft and review them — through the admin, a path
that checks who asks — never by the public: the section's people, the office's reviewers and
office staff; not another section, not an anonymous visitor."""

import pytest
from django.test import Client
from django.urls import reverse

from .conftest import login
from .factories import document, item_using

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_attachment(portal, people):
    doc = document(people.section_a)
    item = item_using(portal.categories["other"], people.section_a, documents=[doc], live=False)
    return item, doc


def test_owning_section_reviewer_and_office_download_the_draft_attachment(people, draft_attachment):
    _, doc = draft_attachment
    url = reverse("page_files_download_document", args=[doc.pk])
    for user in [people.drafter_a, people.head_a, people.reviewer, people.office]:
        response = login(Client(), user).get(url)
        assert response.status_code == 200, user.username
        assert b"".join(response.streaming_content) == "政务数据共享目录".encode()
        assert "attachment" in response["Content-Disposition"]
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    # The public address stays closed, to them as to everybody.
    assert login(Client(), people.drafter_a).get(doc.url).status_code == 404


def test_other_sections_and_anonymous_visitors_do_not(client, people, draft_attachment):
    _, doc = draft_attachment
    url = reverse("page_files_download_document", args=[doc.pk])
    assert login(Client(), people.drafter_b).get(url).status_code == 404
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith(reverse("wagtailadmin_login"))


def test_preview_of_a_draft_links_attachments_to_the_admin_download(people, draft_attachment):
    item, doc = draft_attachment
    html = item.make_preview_request().content.decode()
    assert reverse("page_files_download_document", args=[doc.pk]) in html
    assert doc.url not in html
