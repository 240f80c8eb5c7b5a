"""Keeping the catalogue index in step with what is public (DESIGN.md, "How data flows" step 4).

Every change that can make a page appear, change or disappear (publish, unpublish, move, delete, a
view restriction added, changed or removed) writes an ``IndexChange`` row in the same transaction
as the change. After the transaction commits, the row is applied: each affected page is looked up
again, indexed if it is public now and deleted from the index otherwise. A rolled-back change
leaves neither a row nor an index update. A failure is logged, never raised (the editor's action
has already succeeded), and the row stays pending with a retry time:
``process_pending`` (``manage.py catalogue_index process``) applies pending rows, ``reconcile`` repairs
any drift and ``rebuild`` refills every engine; each is a function here, for a scheduled job or the
command (a thin wrapper).

The row's id is the version written with the documents, so a late, stale write cannot overwrite a
document written for a newer change.
"""

import logging
import time
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from disclosure_pages.models import ContentPage, DisclosureItemPage, catalogue_entries

from .documents import (
    fingerprint,
    pages_below,
    prepare_many,
    public_content_pages,
    public_page_ids,
    public_pages_by_id,
)
from .engines import write_engines
from .models import IndexChange

logger = logging.getLogger(__name__)

INDEXED_TYPES = (DisclosureItemPage, ContentPage)
# Above this many pages, a subtree change (a category moved or restricted) is left to
# `catalogue_index process` rather than held in the editor's request.
INLINE_SUBTREE_LIMIT = 500
RETRY_DELAYS = [timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2)]
BATCH_SIZE = 500
KEEP_APPLIED_CHANGES = timedelta(days=30)


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


# -- maintenance: rebuild, reconcile, process (scheduled jobs, ``manage.py catalogue_index``) -------


def document_batches(size=BATCH_SIZE):
    """Every public page, prepared, in batches (a few queries per batch)."""
    for queryset in (catalogue_entries(), public_content_pages()):
        ids = list(queryset.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), size):
            yield prepare_many(queryset.filter(pk__in=ids[start: start + size]).order_by("pk"))


@dataclass
class Rebuilt:
    engine: str
    documents: int
    target: str
    seconds: float


def rebuild(engines=None, progress=None):
    """Refill each engine with every public page; ``progress(engine, total)`` may return a callable
    told each batch's size. Changes committed meanwhile are applied again afterwards. Returns ``Rebuilt``s."""
    version = new_version("rebuild")
    total = catalogue_entries().count() + public_content_pages().count()
    done = []
    for engine in engines or write_engines():
        started = time.monotonic()
        target = engine.rebuild(document_batches(), version, progress=progress(engine, total) if progress else None)
        engine.refresh()
        done.append(Rebuilt(engine.name, total, target, time.monotonic() - started))
        # Changes committed while the rebuild ran went to the old index: apply them again.
        replay = IndexChange.objects.filter(pk__gt=version).exclude(page_id=0).order_by("pk")
        for change in replay:
            sync_pages(affected_page_ids(change), version=change.pk, engines=[engine])
    return done


@dataclass
class Drift:
    """What ``reconcile`` found in one engine (page ids), and has fixed."""

    engine: str
    checked: int
    expected: int
    missing: list = field(default_factory=list)
    stale: list = field(default_factory=list)
    extra: list = field(default_factory=list)

    @property
    def any(self):
        return bool(self.missing or self.stale or self.extra)


def reconcile(engines=None):
    """Compare every engine with the database; index what is missing or stale, delete what should not
    be there. Returns one ``Drift`` per engine."""
    expected_ids = sorted(public_page_ids())
    expected = {}
    for start in range(0, len(expected_ids), BATCH_SIZE):
        pages = public_pages_by_id(expected_ids[start: start + BATCH_SIZE])
        for doc in prepare_many(pages.values()):
            expected[doc["page_id"]] = fingerprint(doc)
    drifts = []
    for engine in engines or write_engines():
        stored = engine.fingerprints()
        drift = Drift(
            engine.name, checked=len(stored), expected=len(expected),
            missing=sorted(set(expected) - set(stored)),
            stale=sorted(pk for pk in set(expected) & set(stored) if expected[pk] != stored[pk]),
            extra=sorted(set(stored) - set(expected)),
        )
        if drift.any:
            sync_pages(drift.missing + drift.stale + drift.extra, version=new_version("reconcile"), engines=[engine])
            engine.refresh()
        drifts.append(drift)
    return drifts


def process_pending():
    """Apply every due pending change (and drop applied ones older than ``KEEP_APPLIED_CHANGES``, kept
    a while for ``status`` and audits). Returns (pending before, applied, still pending)."""
    IndexChange.objects.filter(done_at__lt=timezone.now() - KEEP_APPLIED_CHANGES).delete()
    pending = IndexChange.objects.filter(done_at__isnull=True).count()
    applied = apply_changes(inline=False)
    return pending, applied, IndexChange.objects.filter(done_at__isnull=True).count()


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
