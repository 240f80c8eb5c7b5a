"""保密审查 第二、三条: the file of a live page is what the review approved. Nobody — office staff,
the owning section, a superuser — replaces or deletes it in the library; a new file goes in as a
new document, used by a new revision that passes the chain. Refused in the model layer, explained
in the admin (a message, never a 500)."""

import io

import pytest
from django.contrib.messages import get_messages
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.db.models import ProtectedError
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from disclosure_pages.models import DisclosureItemPage
from page_files.protection import FileInUse
from tests.factories import approve_through_chain, review_team

from .conftest import login
from .factories import document, image, item_using

pytestmark = pytest.mark.django_db


def png_upload(name="new.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (20, 20), "red").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def message_texts(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def live_files(portal, people):
    class Files:
        pass

    f = Files()
    f.doc, f.img = document(people.section_a), image(people.section_a)
    f.item = item_using(portal.categories["other"], people.section_a, documents=[f.doc], images=[f.img])
    f.doc_name, f.img_name = f.doc.file.name, f.img.file.name
    return f


@pytest.fixture(params=["office", "drafter_a"])
def librarian(request, people):
    """A user of the office (sees every library) or of the owning section."""
    return getattr(people, request.param)


def test_replacing_a_live_document_in_the_admin_is_refused(client, live_files, librarian):
    doc = live_files.doc
    response = login(client, librarian).post(reverse("wagtaildocs:edit", args=[doc.pk]), {
        "title": doc.title, "collection": doc.collection_id, "tags": "",
        "file": SimpleUploadedFile("replacement.txt", "篡改后的内容".encode()),
    })
    assert response.status_code == 200
    assert "正被已发布页面使用，不能替换文件" in response.content.decode()
    doc.refresh_from_db()
    assert doc.file.name == live_files.doc_name
    assert doc.file.read() == "政务数据共享目录".encode()
    # Changing the title is fine: the file stays what the review saw.
    response = client.post(reverse("wagtaildocs:edit", args=[doc.pk]), {
        "title": "附件：数据共享目录（2024版）", "collection": doc.collection_id, "tags": "",
    })
    assert response.status_code == 302
    assert Document.objects.get(pk=doc.pk).title == "附件：数据共享目录（2024版）"


def test_replacing_a_live_image_in_the_admin_is_refused(client, live_files, librarian):
    img = live_files.img
    response = login(client, librarian).post(reverse("wagtailimages:edit", args=[img.pk]), {
        "title": img.title, "collection": img.collection_id, "tags": "", "description": "",
        "file": png_upload(),
    })
    assert response.status_code == 200
    assert "正被已发布页面使用，不能替换文件" in response.content.decode()
    assert Image.objects.get(pk=img.pk).file.name == live_files.img_name


@pytest.mark.parametrize("kind", ["document", "image"])
def test_deleting_a_live_file_in_the_admin_is_refused_with_a_message(client, live_files, librarian, kind):
    file = live_files.doc if kind == "document" else live_files.img
    app = "wagtaildocs" if kind == "document" else "wagtailimages"
    delete_url = reverse(f"{app}:delete", args=[file.pk])
    login(client, librarian)
    for response in [client.get(delete_url), client.post(delete_url)]:
        assert response.status_code == 302
        assert response.url == reverse(f"{app}:edit", args=[file.pk])
        assert any("正被已发布页面使用，不能删除" in text for text in message_texts(response))
    assert type(file).objects.filter(pk=file.pk).exists()

    bulk = reverse("wagtail_bulk_action", args=[app, type(file)._meta.model_name, "delete"])
    response = client.post(f"{bulk}?id={file.pk}&next=/admin/")
    assert response.status_code == 302
    assert any("不能删除" in text for text in message_texts(response))
    assert type(file).objects.filter(pk=file.pk).exists()


def test_model_layer_refuses_for_everybody(live_files, portal, people):
    doc = Document.objects.get(pk=live_files.doc.pk)
    doc.file = ContentFile(b"tampered", name="tampered.txt")
    with pytest.raises(FileInUse, match="不能替换文件"), transaction.atomic():
        doc.save()
    # An attachment row also protects its document (ItemAttachment.document is PROTECT); a file
    # used in a page's body has only the live-use rule.
    with pytest.raises(ProtectedError), transaction.atomic():
        Document.objects.get(pk=live_files.doc.pk).delete()
    linked = document(people.section_a, title="正文链接的文件")
    item_using(portal.categories["other"], people.section_a,
               body=[("paragraph", f'<p><a linktype="document" id="{linked.pk}">附表</a></p>')])
    with pytest.raises(FileInUse, match="不能删除"), transaction.atomic():
        Document.objects.get(pk=linked.pk).delete()
    img = Image.objects.get(pk=live_files.img.pk)
    with pytest.raises(FileInUse, match="不能删除"), transaction.atomic():
        img.delete()
    img.file = png_upload()
    with pytest.raises(FileInUse, match="不能替换文件"), transaction.atomic():
        img.save()
    assert Document.objects.get(pk=live_files.doc.pk).file.name == live_files.doc_name
    assert Image.objects.get(pk=live_files.img.pk).file.name == live_files.img_name


def test_a_file_may_go_once_a_reviewed_revision_no_longer_uses_it(live_files, people):
    draft = DisclosureItemPage.objects.get(pk=live_files.item.pk)
    draft.attachments.clear()
    draft.body = []
    draft.save_revision(user=people.drafter_a)
    with pytest.raises(FileInUse), transaction.atomic():
        Image.objects.get(pk=live_files.img.pk).delete()
    approve_through_chain(draft, review_team(people.section_a, "chain"))
    Image.objects.get(pk=live_files.img.pk).delete()
    assert not Image.objects.filter(pk=live_files.img.pk).exists()


def test_files_of_drafts_can_still_be_replaced(people):
    doc = document(people.section_a)
    doc.file = ContentFile("修订稿".encode(), name="xiuding.txt")
    doc.save()
    assert Document.objects.get(pk=doc.pk).file.read() == "修订稿".encode()
