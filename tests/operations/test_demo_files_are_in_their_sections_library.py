"""The demo's attachments and pictures sit in the library of the section that publishes them, and
the public gets them from the published items."""

import pytest
from django.core.management import call_command
from wagtail.documents.models import Document
from wagtail.images.models import Image

from disclosure_pages.models import DisclosureItemPage, ItemAttachment

pytestmark = pytest.mark.django_db


def test_demo_files_belong_to_their_sections(client, capsys):
    call_command("load_demo", items=30)
    capsys.readouterr()
    attachments = ItemAttachment.objects.select_related("document__collection", "page__publisher__library")
    assert attachments.exists() and Image.objects.exists()
    for attachment in attachments:
        assert attachment.document.collection_id == attachment.page.publisher.library.collection_id
    for image in Image.objects.all():
        uses = DisclosureItemPage.objects.filter(live_file_uses__image=image)
        assert uses.exists() and all(item.publisher.library.collection_id == image.collection_id for item in uses)

    document = Document.objects.first()
    item = DisclosureItemPage.objects.get(attachments__document=document)
    assert document.url in client.get(item.url).content.decode()
    assert client.get(document.url).status_code == 200
    rendition = Image.objects.first().get_rendition("width-800")
    assert client.get(rendition.url).status_code == 200
