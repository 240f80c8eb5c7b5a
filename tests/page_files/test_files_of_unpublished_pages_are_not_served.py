"""保密审查 第二、三条: an attachment is public only while a live, public, unclassified, proactive
item's live revision uses it; otherwise its address answers 404 — before any ETag or date check,
so a cached copy is never confirmed with a 304."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from disclosure_pages.models import Classification, DisclosureDecision, DisclosureItemPage, ItemAttachment

from .factories import document, item_using

pytestmark = pytest.mark.django_db

CONDITIONAL = {
    "plain": {},
    "If-None-Match": {"HTTP_IF_NONE_MATCH": "*"},
    "If-Modified-Since": {"HTTP_IF_MODIFIED_SINCE": "Fri, 01 Jan 2100 00:00:00 GMT"},
}


@pytest.fixture
def category(portal):
    return portal.categories["other"]


def assert_not_served(client, doc):
    for name, headers in CONDITIONAL.items():
        response = client.get(doc.url, **headers)
        assert response.status_code == 404, name
        assert not response.has_header("ETag") and not response.has_header("Last-Modified"), name


def test_attachment_of_a_live_public_item_is_served(client, category, people):
    doc = document(people.section_a)
    item_using(category, people.section_a, documents=[doc])
    response = client.get(doc.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == "政务数据共享目录".encode()
    assert "no-cache" in response["Cache-Control"]
    # Conditional requests work as usual for a public file.
    assert client.get(doc.url, **CONDITIONAL["If-None-Match"]).status_code == 304
    assert client.get(doc.url, **CONDITIONAL["If-Modified-Since"]).status_code == 304


def test_attachment_of_a_draft_is_not_served(client, category, people):
    doc = document(people.section_a)
    item_using(category, people.section_a, documents=[doc], live=False)
    assert_not_served(client, doc)


def test_a_file_in_no_page_is_not_served(client, people):
    assert_not_served(client, document(people.section_a))


@pytest.mark.parametrize(
    "fields",
    [{"classification": Classification.SECRET}, {"disclosure_decision": DisclosureDecision.WITHHELD},
     {"disclosure_decision": DisclosureDecision.ON_REQUEST}],
    ids=["classified", "withheld", "on-request"],
)
def test_attachment_of_a_classified_or_withheld_item_is_not_served(client, category, people, fields):
    doc = document(people.section_a)
    item_using(category, people.section_a, documents=[doc], live=False, **fields)
    assert_not_served(client, doc)

    # Even a live item whose marking changed behind the site's back stops serving its files.
    other = document(people.section_a, title="另一个附件")
    live = item_using(category, people.section_a, documents=[other])
    DisclosureItemPage.objects.filter(pk=live.pk).update(**fields)
    assert_not_served(client, other)


def test_attachment_of_a_withdrawn_item_is_not_served(client, category, people):
    doc = document(people.section_a)
    item = item_using(category, people.section_a, documents=[doc])
    assert client.get(doc.url).status_code == 200
    item.withdraw("政策已调整，撤销原通知。")
    assert_not_served(client, doc)


def test_file_used_only_by_a_newer_unpublished_revision_is_not_served(client, category, people):
    item = item_using(category, people.section_a)
    doc = document(people.section_a)
    draft = DisclosureItemPage.objects.get(pk=item.pk)
    draft.attachments.add(ItemAttachment(document=doc, title="新附件"))
    draft.save_revision(user=people.drafter_a)
    assert_not_served(client, doc)

    # Even when the row is written to the live page's own table, the live revision decides.
    ItemAttachment.objects.create(page=item, document=doc, title="新附件")
    assert_not_served(client, doc)


def test_attachment_behind_a_view_restriction_is_not_served(client, category, people):
    doc = document(people.section_a)
    item = item_using(category, people.section_a, documents=[doc])
    restriction = PageViewRestriction.objects.create(page=item, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.first())
    assert_not_served(client, doc)


def test_file_shared_with_a_public_item_is_served(client, category, people):
    doc = document(people.section_a)
    item_using(category, people.section_a, documents=[doc], live=False, classification=Classification.SECRET)
    item_using(category, people.section_a, documents=[doc])
    assert client.get(doc.url).status_code == 200


def test_wrong_file_name_is_not_served(client, category, people):
    doc = document(people.section_a)
    item_using(category, people.section_a, documents=[doc])
    assert client.get(f"/documents/{doc.pk}/other.txt").status_code == 404
    assert client.get(f"/documents/{10**25}/{doc.filename}").status_code == 404


def test_stored_files_are_not_served_directly(client, category, people):
    doc = document(people.section_a)
    item_using(category, people.section_a, documents=[doc])
    # The storage's own address of a document (MEDIA_URL + name) serves nothing, public or not.
    assert client.get(doc.file.url).status_code == 404
    assert client.get("/media/" + doc.file.name).status_code == 404
