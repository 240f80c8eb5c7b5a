"""manage.py catalogue_index rebuild | reconcile | process | status"""

import sys
import time

from django.core.management.base import BaseCommand, CommandError

from search import indexing
from search.engines import database_engine, elasticsearch_engine, write_engines
from search.engines.base import EngineUnavailable
from search.models import IndexChange


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
        for done in indexing.rebuild(engines, progress=lambda engine, total: Progress(
                self.stdout, f"rebuild {engine.name}", total)):
            self.stdout.write(f"{done.engine}: {done.documents} documents into {done.target} in {done.seconds:.1f}s "
                              f"({done.documents / max(done.seconds, 1e-6):,.0f} docs/s)")
        self.stdout.write(self.style.SUCCESS("rebuild done"))

    def reconcile(self, engines):
        drifts = indexing.reconcile(engines)
        for drift in drifts:
            self.stdout.write(f"{drift.engine}: {drift.checked} documents checked against {drift.expected} public pages")
            for label, ids in (("missing, indexed", drift.missing), ("stale, reindexed", drift.stale),
                               ("should not be there, deleted", drift.extra)):
                if ids:
                    shown = ", ".join(str(pk) for pk in ids[:50]) + (" …" if len(ids) > 50 else "")
                    self.stdout.write(f"  {label}: {len(ids)} (page ids {shown})")
        self.stdout.write(self.style.SUCCESS("reconcile: fixed the drift above") if any(d.any for d in drifts)
                          else self.style.SUCCESS("reconcile: no drift"))

    def process(self, engines):
        pending, applied, left = indexing.process_pending()
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

