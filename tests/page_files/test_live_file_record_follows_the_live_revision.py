"""The record of files used by live revisions: it follows publishing, withdrawal, deletion and new
revisions of any page type — attachments, chooser blocks and rich-text links alike — and never a draft."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from disclosure_pages.models import DisclosureItemPage, ItemAttachment
from moderation.models import MigratedPublication
from moderation.publishing import publish_migrated
from page_files.models import LiveFileUse
from tests.factories import ContentPageFactory, approve_through_chain, review_team

from .factories import document, image, item_using

pytestmark = pytest.mark.django_db


def recorded(page):
    uses = LiveFileUse.objects.filter(page=page)
    return (set(uses.exclude(document=None).values_list("document_id", flat=True)),
            set(uses.exclude(image=None).values_list("image_id", flat=True)))


def test_publishing_records_what_the_live_revision_uses_and_withdrawal_clears_it(portal, people):
    doc, img = document(people.section_a), image(people.section_a)
    item = item_using(portal.categories["other"], people.section_a, documents=[doc], images=[img])
    assert recorded(item) == ({doc.pk}, {img.pk})
    item.withdraw("信息有误，撤销。")
    assert recorded(item) == (set(), set())


def test_a_newer_draft_changes_nothing_until_it_passes_the_chain(portal, people):
    old, new = document(people.section_a, title="旧附件"), document(people.section_a, title="新附件")
    item = item_using(portal.categories["other"], people.section_a, documents=[old])
    draft = DisclosureItemPage.objects.get(pk=item.pk)
    draft.attachments.clear()
    draft.attachments.add(ItemAttachment(document=new, title="新附件"))
    draft.save_revision(user=people.drafter_a)
    assert recorded(item) == ({old.pk}, set())

    approve_through_chain(draft, review_team(people.section_a, "chain"))
    assert DisclosureItemPage.objects.get(pk=item.pk).live_revision_id == draft.latest_revision_id
    assert recorded(item) == ({new.pk}, set())


def test_blocks_and_rich_text_of_any_page_type_are_recorded(portal, people):
    block_doc, linked_doc, img = document(people.section_a), document(people.section_a), image(people.section_a)
    page = ContentPageFactory(
        parent=portal.home,
        body=[
            ("attachment", {"document": block_doc, "title": "表格"}),
            ("paragraph", f'<p>详见<a linktype="document" id="{linked_doc.pk}">说明</a>。</p>'),
            ("image", {"image": img, "alt_text": "示意图", "caption": ""}),
        ],
    )
    Page.objects.filter(pk=page.pk).update(live=False)
    publish_migrated(Page.objects.get(pk=page.pk).specific, source="测试数据")
    assert recorded(page) == ({block_doc.pk, linked_doc.pk}, {img.pk})


def test_deleting_a_page_removes_its_rows(portal, people):
    doc = document(people.section_a)
    item = item_using(portal.categories["other"], people.section_a, documents=[doc])
    # A page with review or migration records cannot be deleted (moderation.retention): this one
    # stands for a page that has none.
    MigratedPublication.objects.filter(page=item.pk).delete()
    Page.objects.get(pk=item.pk).delete()
    assert not LiveFileUse.objects.exists()


def test_record_live_files_command_rebuilds_the_record(portal, people, capsys):
    doc = document(people.section_a)
    item = item_using(portal.categories["other"], people.section_a, documents=[doc])
    LiveFileUse.objects.all().delete()
    call_command("record_live_files")
    assert recorded(item) == ({doc.pk}, set())
    assert "已记录" in capsys.readouterr().out
