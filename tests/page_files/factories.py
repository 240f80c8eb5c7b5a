"""Documents and images in a section's library, and items that use them."""

import wagtail_factories

from disclosure_pages.models import ItemAttachment
from page_files.libraries import library_collection
from tests.factories import DisclosureItemPageFactory


def document(section, title="附件：数据共享目录", **kwargs):
    return wagtail_factories.DocumentFactory(
        collection=library_collection(section), title=title,
        file__filename="mulu.txt", file__data="政务数据共享目录".encode(), **kwargs
    )


def image(section, title="示意图", **kwargs):
    return wagtail_factories.ImageFactory(collection=library_collection(section), title=title, **kwargs)


def item_using(parent, section, documents=(), images=(), live=True, **kwargs):
    """An item of ``section`` with ``documents`` as attachments and ``images`` in its body;
    ``live=True`` publishes it (as migrated data, see tests.factories)."""
    body = [("image", {"image": img, "alt_text": img.title, "caption": ""}) for img in images]
    body += kwargs.pop("body", [])
    page = DisclosureItemPageFactory(parent=parent, publisher=section, live=False, body=body, **kwargs)
    for doc in documents:
        page.attachments.add(ItemAttachment(document=doc, title=doc.title))
    page.save()
    if live:
        from moderation.publishing import publish_migrated

        publish_migrated(page, source="测试数据")
        page.refresh_from_db()
    return page
