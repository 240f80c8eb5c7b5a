"""manage.py catalogue_index rebuild | reconcile | process | status"""

import sys
import time
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from disclosure_pages.models import catalogue_entries
from search.documents import fingerprint, prepare_many, public_content_pages, public_page_ids
from search.engines import database_engine, elasticsearch_engine, write_engines
from search.indexing import affected_page_ids, apply_changes, new_version, sync_pages
from search.models import IndexChange
from search.query import EngineUnavailable

BATCH_SIZE = 500
KEEP_APPLIED_CHANGES = timedelta(days=30)


class Progress:
    """A one-line progress bar on a terminal, a line every 10 % otherwise."""

    def __init__(self, stdout, label, total):
        self.stdout, self.label, self.total = stdout, label, max(total, 1)
        self.done, self.started, self.last_tenth = 0, time.monotonic(), -1
        self.tty = hasattr(stdout, "isatty") and stdout.isatty()

    def __call__(self, count):
        self.done += count
        fraction = min(self.done / self.total, 1.0)
        rate = self.done / max(time.monotonic() - self.started, 1e-6)
        line = f"{self.label}: [{'#' * int(fraction * 30):<30}] {self.done}/{self.total} ({rate:,.0f} docs/s)"
        if self.tty:
            self.stdout.write("\r" + line, ending="")
            if self.done >= self.total:
                self.stdout.write("")
        elif int(fraction * 10) != self.last_tenth:
            self.last_tenth = int(fraction * 10)
            self.stdout.write(line)


def document_batches(size=BATCH_SIZE):
    """Every public page, prepared, in batches (a few queries per batch)."""
    for queryset in (catalogue_entries(), public_content_pages()):
        ids = list(queryset.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), size):
            yield prepare_many(queryset.filter(pk__in=ids[start: start + size]).order_by("pk"))


class Command(BaseCommand):
    help = "维护目录检索索引：rebuild 重建并切换别名；reconcile 修复偏差；process 重试待处理的变更；status 查看状态"

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "reconcile", "process", "status"])
        parser.add_argument("--engine", choices=["all", "database", "elasticsearch"], default="all")

    def engines(self, which):
        engines = write_engines()
        if which != "all":
            engines = [engine for engine in engines if engine.name == which]
            if not engines:
                raise CommandError(f"{which} is not configured (ELASTICSEARCH_URL is empty)")
        return engines

    def handle(self, action, engine="all", **options):
        try:
            getattr(self, action)(self.engines(engine))
        except EngineUnavailable as error:
            raise CommandError(f"search engine unavailable: {error}") from error

    def rebuild(self, engines):
        version = new_version("rebuild")
        total = catalogue_entries().count() + public_content_pages().count()
        for engine in engines:
            progress = Progress(self.stdout, f"rebuild {engine.name}", total)
            started = time.monotonic()
            if engine.name == "database":
                engine.replace_all(document_batches(), version, progress=progress)
                target = "table"
            else:
                target = engine.rebuild(document_batches(), version, progress=progress)
                engine.refresh()
            elapsed = time.monotonic() - started
            self.stdout.write(f"{engine.name}: {total} documents into {target} in {elapsed:.1f}s "
                              f"({total / max(elapsed, 1e-6):,.0f} docs/s)")
            # Changes committed while the rebuild ran went to the old index: apply them again.
            replay = IndexChange.objects.filter(pk__gt=version).exclude(page_id=0).order_by("pk")
            for change in replay:
                sync_pages(affected_page_ids(change), version=change.pk, engines=[engine])
        self.stdout.write(self.style.SUCCESS("rebuild done"))

    def reconcile(self, engines):
        """Compare every engine with the database; index what is missing or stale, delete what should not be there."""
        expected_ids = public_page_ids()
        expected = {}
        for start in range(0, len(expected_ids), BATCH_SIZE):
            batch = sorted(expected_ids)[start: start + BATCH_SIZE]
            for doc in prepare_many(_public_pages(batch)):
                expected[doc["page_id"]] = fingerprint(doc)
        fixed_any = False
        for engine in engines:
            stored = engine.fingerprints()
            missing = sorted(set(expected) - set(stored))
            stale = sorted(pk for pk in set(expected) & set(stored) if expected[pk] != stored[pk])
            extra = sorted(set(stored) - set(expected))
            if missing or stale or extra:
                fixed_any = True
                sync_pages(missing + stale + extra, version=new_version("reconcile"), engines=[engine])
                engine.refresh()
            self.stdout.write(f"{engine.name}: {len(stored)} documents checked against {len(expected)} public pages")
            for label, ids in (("missing, indexed", missing), ("stale, reindexed", stale),
                               ("should not be there, deleted", extra)):
                if ids:
                    shown = ", ".join(str(pk) for pk in ids[:50]) + (" …" if len(ids) > 50 else "")
                    self.stdout.write(f"  {label}: {len(ids)} (page ids {shown})")
        self.stdout.write(self.style.SUCCESS("reconcile: fixed the drift above") if fixed_any
                          else self.style.SUCCESS("reconcile: no drift"))

    def process(self, engines):
        # Applied changes are kept a while for `status` and audits, then dropped.
        IndexChange.objects.filter(done_at__lt=timezone.now() - KEEP_APPLIED_CHANGES).delete()
        pending = IndexChange.objects.filter(done_at__isnull=True).count()
        applied = apply_changes(inline=False)
        left = IndexChange.objects.filter(done_at__isnull=True).count()
        self.stdout.write(f"index changes: {pending} pending, {applied} applied, {left} still pending")
        if left:
            sys.exit(1)

    def status(self, engines):
        pending = IndexChange.objects.filter(done_at__isnull=True)
        self.stdout.write(f"pending index changes: {pending.count()}")
        for change in pending[:20]:
            self.stdout.write(f"  #{change.pk} page {change.page_id} {change.reason}: "
                              f"{change.attempts} attempts, {change.last_error[:120]}")
        db = database_engine()
        self.stdout.write(f"database engine: {len(db.fingerprints())} documents")
        elastic = elasticsearch_engine()
        if elastic:
            self.stdout.write(f"elasticsearch {elastic.alias} → {', '.join(elastic.alias_targets()) or '(none)'}")


def _public_pages(ids):
    from search.documents import public_pages_by_id

    pages = public_pages_by_id(ids)
    return [pages[pk] for pk in ids if pk in pages]
