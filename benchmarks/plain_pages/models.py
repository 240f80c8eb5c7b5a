"""A plain Wagtail page type with the item page's fields, stock routing and a minimal template:
what the item page is measured against (benchmarks/page_speed.py)."""

from django.db import models
from wagtail.fields import StreamField
from wagtail.models import Page

from disclosure_pages.blocks import BodyBlock


class PlainItemPage(Page):
    index_number = models.CharField(max_length=60, blank=True)
    document_number = models.CharField(max_length=80, blank=True)
    publisher = models.ForeignKey("organisation.Section", on_delete=models.PROTECT, related_name="+")
    creation_date = models.DateField()
    publication_date = models.DateField(null=True, blank=True)
    topic = models.ForeignKey("disclosure_pages.TopicCategory", null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+")
    summary = models.TextField(blank=True)
    is_normative = models.BooleanField(default=False)
    validity = models.CharField(max_length=12, default="in_force")
    validity_explanation = models.TextField(blank=True)
    classification = models.CharField(max_length=16, blank=True)
    disclosure_decision = models.CharField(max_length=16, default="proactive")
    body = StreamField(BodyBlock(), blank=True)

    template = "plain_pages/plain_item_page.html"
