"""Keeping the catalogue index in step with what is public (DESIGN.md, "How data flows" step 4).

Every change that can make a page appear, change or disappear (publish, unpublish, move, delete, a
view restriction added, changed or removed) writes an ``IndexChange`` row in the same transaction
as the change. After the transaction commits, the row is applied: each affected page is looked up
again, indexed if it is public now and deleted from the index otherwise. A rolled-back change
leaves neither a row nor an index update. A failure is logged, never raised (the editor's action
has already succeeded), and the row stays pending with a retry time:
``manage.py catalogue_index process`` applies pending rows, ``reconcile`` repairs any drift.

The row's id is the version written with the documents, so a late, stale write cannot overwrite a
document written for a newer change.
"""

import logging
from datetime import timedelta

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from disclosure_pages.models import ContentPage, DisclosureItemPage

from .documents import pages_below, prepare_many, public_pages_by_id
from .engines import write_engines
from .models import IndexChange

logger = logging.getLogger(__name__)

INDEXED_TYPES = (DisclosureItemPage, ContentPage)
# Above this many pages, a subtree change (a category moved or restricted) is left to
# `catalogue_index process` rather than held in the editor's request.
INLINE_SUBTREE_LIMIT = 500
RETRY_DELAYS = [timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2)]


def record_change(page_id, scope=IndexChange.Scope.PAGE, reason=""):
    """Write the outbox row now (same transaction), apply it after commit."""
    change = IndexChange.objects.create(page_id=page_id, scope=scope, reason=reason)
    transaction.on_commit(lambda: apply_changes([change.pk]))
    return change


def apply_changes(change_ids=None, limit=None, inline=True):
    """Apply the given pending changes (or every due one). Returns the number applied; never raises."""
    changes = IndexChange.objects.filter(done_at__isnull=True)
    if change_ids is not None:
        changes = changes.filter(pk__in=change_ids)
    else:
        now = timezone.now()
        changes = changes.exclude(next_attempt_at__gt=now)
    changes = list(changes.order_by("pk")[:limit] if limit else changes.order_by("pk"))
    applied = 0
    for change in changes:
        try:
            page_ids = affected_page_ids(change)
            if inline and change.scope == IndexChange.Scope.SUBTREE and len(page_ids) > INLINE_SUBTREE_LIMIT:
                logger.info("Index change %s covers %d pages: left to `catalogue_index process`",
                            change.pk, len(page_ids))
                continue
            sync_pages(page_ids, version=change.pk)
        except Exception as error:  # noqa: BLE001 - an index failure must never fail the editor's action
            _failed(change, error)
            continue
        IndexChange.objects.filter(pk=change.pk).update(done_at=timezone.now(), last_error="",
                                                        attempts=change.attempts + 1)
        applied += 1
    return applied


def _failed(change, error):
    logger.exception("Catalogue index change %s (page %s, %s) failed; it will be retried",
                     change.pk, change.page_id, change.reason)
    delay = RETRY_DELAYS[min(change.attempts, len(RETRY_DELAYS) - 1)]
    IndexChange.objects.filter(pk=change.pk).update(
        attempts=change.attempts + 1, last_error=f"{type(error).__name__}: {error}"[:2000],
        next_attempt_at=timezone.now() + delay,
    )


def affected_page_ids(change):
    if change.scope == IndexChange.Scope.SUBTREE:
        ids = set(Page.objects.filter(pages_below([change.page_id])).values_list("pk", flat=True))
        return ids | {change.page_id}
    return {change.page_id}


def sync_pages(page_ids, version, engines=None):
    """Index the public ones among ``page_ids``, delete the others from every engine."""
    public = public_pages_by_id(page_ids)
    documents = prepare_many(public.values())
    gone = set(page_ids) - set(public)
    for engine in engines or write_engines():
        engine.index(documents, version)
        engine.delete(gone, version)
    return documents, gone


def new_version(reason):
    """A fresh change number for a write that is not an outbox row (rebuild, reconcile): it outranks
    every document written so far, and every later change outranks it."""
    return IndexChange.objects.create(page_id=0, reason=reason, done_at=timezone.now()).pk


# -- signals -------------------------------------------------------------------------------


def _on_published(sender, instance, **kwargs):
    scope = IndexChange.Scope.PAGE if isinstance(instance, INDEXED_TYPES) else IndexChange.Scope.SUBTREE
    record_change(instance.pk, scope, "published")


def _on_unpublished(sender, instance, **kwargs):
    if isinstance(instance, INDEXED_TYPES):
        record_change(instance.pk, IndexChange.Scope.PAGE, "unpublished")


def _on_moved(sender, instance, **kwargs):
    record_change(instance.pk, IndexChange.Scope.SUBTREE, "moved")


def _on_page_deleted(sender, instance, **kwargs):
    record_change(instance.pk, IndexChange.Scope.PAGE, "deleted")


def _on_restriction_changed(sender, instance, **kwargs):
    record_change(instance.page_id, IndexChange.Scope.SUBTREE, "view restriction")


def connect():
    page_published.connect(_on_published, dispatch_uid="catalogue_search.published")
    page_unpublished.connect(_on_unpublished, dispatch_uid="catalogue_search.unpublished")
    post_page_move.connect(_on_moved, dispatch_uid="catalogue_search.moved")
    # Deleting a page deletes its Page row too (multi-table inheritance): one signal per page.
    post_delete.connect(_on_page_deleted, sender=Page, dispatch_uid="catalogue_search.deleted")
    post_save.connect(_on_restriction_changed, sender=PageViewRestriction,
                      dispatch_uid="catalogue_search.restriction_saved")
    post_delete.connect(_on_restriction_changed, sender=PageViewRestriction,
                        dispatch_uid="catalogue_search.restriction_deleted")
