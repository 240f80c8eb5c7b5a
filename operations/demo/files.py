"""Demo attachments and pictures, stored in the library of the item's section (page_files)."""

import io

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from disclosure_pages.models import ItemAttachment
from page_files.libraries import library_collection

FONT = "STSong-Light"  # reportlab's built-in CID font, nothing to install


def _pdf(title, lines):
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(title)
    pdf.setFont(FONT, 16)
    pdf.drawCentredString(A4[0] / 2, A4[1] - 90, title)
    pdf.setFont(FONT, 12)
    for number, line in enumerate(lines):
        pdf.drawString(72, A4[1] - 140 - number * 24, line)
    pdf.save()
    return buffer.getvalue()


def _png(seed):
    picture = PILImage.new("RGB", (800, 450), (244, 246, 250))
    draw = ImageDraw.Draw(picture)
    for bar in range(6):
        height = 60 + (seed * 37 + bar * 53) % 300
        draw.rectangle([90 + bar * 110, 400 - height, 160 + bar * 110, 400], fill=(176, 32, 32))
    draw.line([70, 400, 740, 400], fill=(60, 60, 60), width=3)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def attach_document_text(item, slug):
    """The item's text as a PDF attachment (正文), in its section's library."""
    document = get_document_model().objects.create(
        title=f"{item.title}（PDF）",
        collection=library_collection(item.publisher),
        file=ContentFile(_pdf(item.title, [item.document_number, item.summary]), name=f"{slug}.pdf"),
    )
    item.attachments.add(ItemAttachment(document=document, title="正文（PDF版）"))


def add_picture(item, slug, seed):
    """A picture at the end of the item's body, in its section's library."""
    image = get_image_model().objects.create(
        title=f"{item.title}（配图）",
        collection=library_collection(item.publisher),
        file=ContentFile(_png(seed), name=f"{slug}.png"),
    )
    item.body.append(("image", {"image": image, "alt_text": "工作进展情况柱状图", "caption": "工作进展情况"}))


def add_demo_files(item, seed):
    """Items with a 文号 carry their text as a PDF; news items (工作动态) a picture."""
    if item.document_number:
        attach_document_text(item, item.slug)
    if "召开" in item.title or "调研" in item.title:
        add_picture(item, item.slug, seed)
