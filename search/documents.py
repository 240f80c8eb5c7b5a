"""What the catalogue index holds: which pages are public, the document mapping and ``prepare()``.

Both engines index the same prepared dictionary; Elasticsearch through ``CatalogueDocument``'s
mapping (in ``engines/elasticsearch.py``, so the client is imported only when Elasticsearch is
configured), the database engine through ``search.models.IndexedDocument``.
"""

import datetime
import hashlib
import json

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone

from disclosure_pages.models import (
    CategoryPage,
    ContentPage,
    DisclosureCategory,
    DisclosureItemPage,
    InterpretationPage,
    ItemKeyword,
    TopicCategory,
    Validity,
    catalogue_entries,
)

from . import analysis

# Guide, rules and report pages have no catalogue category: they get this facet value.
GUIDE_CATEGORY = "guide"
CATEGORY_LABELS = dict(DisclosureCategory.choices) | {GUIDE_CATEGORY: "公开指南与制度"}
VALIDITY_LABELS = dict(Validity.choices)
KIND_LABELS = {"item": "公开条目", "interpretation": "政策解读", "page": "指南与制度"}


# -- which pages are public ----------------------------------------------------------------


def public_content_pages():
    """The guide, rules and report pages: live and not behind a view restriction."""
    return ContentPage.objects.live().public()


def public_page_ids():
    return set(catalogue_entries().values_list("pk", flat=True)) | set(
        public_content_pages().values_list("pk", flat=True)
    )


def public_pages_by_id(page_ids):
    """The public pages among ``page_ids`` (others are not public, or gone)."""
    page_ids = list(page_ids)
    pages = list(catalogue_entries().filter(pk__in=page_ids)) + list(public_content_pages().filter(pk__in=page_ids))
    return {page.pk: page for page in pages}


# -- prepare -------------------------------------------------------------------------------


def _keywords_by_page(pages):
    ids = [page.pk for page in pages if isinstance(page, DisclosureItemPage)]
    keywords = {}
    if ids:
        rows = ItemKeyword.objects.filter(content_object_id__in=ids).values_list("content_object_id", "tag__name")
        for page_id, name in rows:
            keywords.setdefault(page_id, []).append(name)
    return keywords


def _categories_by_parent_path(pages):
    parent_paths = {page.path[: -page.steplen] for page in pages if isinstance(page, DisclosureItemPage)}
    if not parent_paths:
        return {}
    return dict(CategoryPage.objects.filter(path__in=parent_paths).values_list("path", "category"))


def _topic_parents():
    """topic id → its parent's id (None at the top): the whole 主题分类 taxonomy, a few hundred rows."""
    return dict(TopicCategory.objects.values_list("pk", "parent_id"))


def _topic_ids(topic_id, parents):
    """The topic and its ancestors' ids, so a search for a parent topic finds its children's items."""
    ids = []
    while topic_id is not None and topic_id not in ids:
        ids.append(topic_id)
        topic_id = parents.get(topic_id)
    return [str(pk) for pk in ids]


def _body_text(page):
    body = getattr(page, "body", None)
    if not body:
        return ""
    return "\n".join(str(part) for part in body.stream_block.get_searchable_content(body) if part)


def prepare_many(pages):
    """Index documents for ``pages`` (already known to be public), with a few queries in all."""
    pages = list(pages)
    keywords = _keywords_by_page(pages)
    categories = _categories_by_parent_path(pages)
    interpretation_type = ContentType.objects.get_for_model(InterpretationPage) if pages else None
    topic_parents = _topic_parents() if any(getattr(page, "topic_id", None) for page in pages) else {}
    return [prepare(page, keywords.get(page.pk, []), categories, interpretation_type, topic_parents)
            for page in pages]


def prepare(page, keywords, categories, interpretation_type, topic_parents):
    if isinstance(page, DisclosureItemPage):
        kind = "interpretation" if page.content_type_id == interpretation_type.pk else "item"
        category = categories.get(page.path[: -page.steplen]) or ""
        published = page.publication_date
        summary = page.summary
        publisher_id, publisher_name = page.publisher_id, page.publisher.name
        validity = page.validity
        document_number, index_number = page.document_number, page.index_number
        topics = _topic_ids(page.topic_id, topic_parents)
    else:
        kind, category = "page", GUIDE_CATEGORY
        moment = page.first_published_at or page.last_published_at
        published = timezone.localdate(moment) if moment else None  # the Beijing date, as items have
        summary = page.search_description
        publisher_id = publisher_name = None
        validity = ""
        document_number = index_number = ""
        topics = []
    segment = analysis.segment if getattr(settings, "CATALOGUE_SEARCH_SEGMENT_IN_PYTHON", True) else analysis.normalize
    body = _body_text(page)
    text = "\n".join(part for part in [page.title, summary, " ".join(keywords), document_number, index_number,
                                       publisher_name or "", body] if part)
    doc = {
        "page_id": page.pk,
        "kind": kind,
        "url": page.get_url() or "",
        "title": page.title,
        "title_words": segment(page.title),
        "text": text,
        "text_words": segment(text),
        "summary": summary,
        "body": body,
        "document_number": document_number,
        "index_number": index_number,
        "number_keys": [key for key in (analysis.number_key(document_number), analysis.number_key(index_number))
                        if key],
        "category": category,
        "publisher": str(publisher_id) if publisher_id else "",
        "publisher_name": publisher_name or "",
        "validity": validity,
        # 主题分类: the item's topic, and in "topics" also its ancestors' (a parent topic's filter).
        "topic": topics[0] if topics else "",
        "topics": topics,
        "year": published.year if published else None,
        "publication_date": published.isoformat() if published else None,
        "revision_id": page.live_revision_id,
    }
    return doc


# What reconcile compares: every field a reader sees, and the revision. Both engines store these verbatim.
FINGERPRINT_FIELDS = ("page_id", "kind", "url", "title", "summary", "body", "document_number", "index_number",
                      "category", "publisher", "publisher_name", "validity", "topics", "publication_date",
                      "revision_id")


def fingerprint(doc):
    """A hash of the document's ``FINGERPRINT_FIELDS``, computed alike from a prepared or a stored document."""
    payload = {}
    for key in FINGERPRINT_FIELDS:
        value = doc.get(key)
        if isinstance(value, (datetime.date, datetime.datetime)):
            value = value.isoformat()
        elif isinstance(value, list):  # "topics": a list in a prepared document and in Elasticsearch
            value = " ".join(value)
        payload[key] = "" if value is None else str(value)
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def pages_below(page_ids):
    """A Q matching the pages at or under each of ``page_ids``' tree paths (for subtree changes)."""
    from wagtail.models import Page

    paths = Page.objects.filter(pk__in=page_ids).values_list("path", flat=True)
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition
