"""Item page against a plain Wagtail page; category pages at 1,000 / 10,000 / 100,000 items, first
and last page, cached against uncached. Issue 15, items 1–3; figures in docs/benchmarks.md.

    DATABASE_URL=sqlite:////tmp/pages.sqlite3 .venv/bin/python benchmarks/page_speed.py

The database named by DATABASE_URL is the benchmark's own (it is migrated and filled on the first
run and reused afterwards; delete it to rebuild). The catalogue is built in bulk: page rows are
inserted with their tree paths computed (treebeard's materialised path, as ``add_child`` would),
three categories of 1,000, 10,000 and 100,000 items under one catalogue, with their listing rows
(``CatalogueEntry``) and counts. Each figure is the
median of N requests through Django's WSGI handler (the test client), one client, no network.
"Uncached" starts a new page-cache generation before every request; "cached" answers from the
page cache (LocMem here; Redis or the database cache in production). It asserts nothing.
"""

import argparse
import datetime
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.settings"

SIZES = (1_000, 10_000, 100_000)
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def child_path(parent_path, n, steplen=4):
    digits = ""
    while n:
        n, rest = divmod(n, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return parent_path + digits.rjust(steplen, "0")


def bulk_items(category, count, section, start):
    """``count`` live items under ``category`` in two INSERTs per batch (page rows, item rows)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Locale, Page

    from benchmarks.item_rows import insert_items
    from disclosure_pages.models import CatalogueEntry, DisclosureItemPage

    content_type = ContentType.objects.get_for_model(DisclosureItemPage)
    locale = Locale.get_default()
    now = timezone.now()
    for batch_start in range(0, count, 5_000):
        with transaction.atomic():
            pages = []
            for n in range(batch_start, min(count, batch_start + 5_000)):
                slug = f"item-{start + n}"
                pages.append(Page(
                    path=child_path(category.path, n + 1), depth=category.depth + 1, numchild=0,
                    title=f"关于第{start + n}项政务数据共享工作的通知", draft_title=f"关于第{start + n}项政务数据共享工作的通知",
                    slug=slug, url_path=f"{category.url_path}{slug}/", content_type=content_type, live=True,
                    has_unpublished_changes=False, first_published_at=now, last_published_at=now,
                    locale=locale, translation_key=uuid.uuid4(),
                ))
            created = Page.objects.bulk_create(pages)
            if created[0].pk is None:  # back-ends that return no ids
                created = list(Page.objects.filter(path__in=[p.path for p in pages]).order_by("path"))
            day = datetime.date(2020, 1, 1)
            rows = [{"page_ptr_id": page.pk, "index_number": f"BENCH/{start + n:07d}",
                     "document_number": f"卫云数发〔2024〕{start + n}号", "publisher_id": section.pk, "creation_date": day,
                     "publication_date": day + datetime.timedelta(days=n % 1500), "summary": "政务数据共享工作安排。",
                     "body": "[]"} for n, page in enumerate(created, start=batch_start)]
            insert_items(rows)
            CatalogueEntry.objects.bulk_create(
                CatalogueEntry(category_id=category.pk, item_id=row["page_ptr_id"], publication_date=row["publication_date"])
                for row in rows
            )
    Page.objects.filter(pk=category.pk).update(numchild=count)


def build(portal_size_marker):
    from django.core.management import call_command
    from wagtail.models import Page

    from benchmarks.plain_pages.models import PlainItemPage
    from disclosure_pages.listing_counts import recount
    from disclosure_pages.models import CategoryPage, DisclosureItemPage
    from moderation.publishing import publish_migrated
    from tests.factories import CategoryPageFactory, DisclosureItemPageFactory, SectionFactory, build_portal

    call_command("migrate", verbosity=0)
    if CategoryPage.objects.filter(slug=portal_size_marker).exists():
        return
    started = time.perf_counter()
    portal = build_portal()
    section = SectionFactory(name="大数据发展科", code="bench")
    start = 0
    for size in SIZES:
        category = CategoryPageFactory(parent=portal.catalogue, slug=f"items-{size}", title=f"{size} 条栏目")
        category = Page.objects.get(pk=category.pk)
        bulk_items(category, size, section, start)
        start += size
        recount(category.specific)
    fields = dict(publisher=section, creation_date=datetime.date(2024, 3, 1), summary="政务数据共享工作安排。",
                  document_number="卫云数发〔2024〕1号", title="关于做好政务数据共享工作的通知")
    DisclosureItemPageFactory(parent=portal.categories["other"], slug="item", **fields)
    plain = PlainItemPage(slug="plain", index_number="BENCH/plain", publication_date=datetime.date(2024, 3, 2),
                          live=False, **fields)
    portal.home.add_child(instance=plain)
    publish_migrated(plain, source="基准测试")
    CategoryPageFactory(parent=portal.catalogue, slug=portal_size_marker, title="基准数据已建")
    print(f"built {sum(SIZES):,} items in bulk in {time.perf_counter() - started:.0f} s "
          f"({DisclosureItemPage.objects.count():,} items in the database)")


def measure(client, url, requests, cached):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from page_cache.store import new_generation

    client.get(url)
    times, queries = [], 0
    for _ in range(requests):
        if not cached:
            new_generation()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured.captured_queries)
    median = statistics.median(times)
    return median, queries, len(response.content)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.test import Client
    from django.test.utils import setup_test_environment

    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = False
    setup_test_environment()
    build("bench-built")
    client = Client()

    print(f"\n{'page':<46} {'median':>9} {'req/s':>8} {'queries':>8} {'bytes':>7}")
    results = {}
    rows = [("item page (公开条目)", "/mulu/other/item/"), ("plain Wagtail page, same fields", "/plain/")]
    for size in SIZES:
        rows += [(f"category, {size:,} items, first page", f"/mulu/items-{size}/"),
                 (f"category, {size:,} items, last page", f"/mulu/items-{size}/?page=last")]
    for label, url in rows:
        for cached in (False, True):
            median, queries, size = measure(client, url, args.requests, cached)
            results[(url, cached)] = median
            name = f"{label}, {'cached' if cached else 'uncached'}"
            print(f"{name:<46} {median * 1000:>7.2f}ms {1 / median:>8.0f} {queries:>8} {size:>7}")
    item, plain = results[("/mulu/other/item/", False)], results[("/plain/", False)]
    print(f"\nitem page / plain page, uncached req/s: {plain / item:.2f}")
    for page in ("", "?page=last"):
        small, large = results[(f"/mulu/items-1000/{page}", False)], results[(f"/mulu/items-100000/{page}", False)]
        print(f"category {page or 'first page'}: 100,000 items / 1,000 items time: {large / small:.2f}")
    for size in SIZES:
        url = f"/mulu/items-{size}/"
        print(f"category {size:,}, cached / uncached req/s: {results[(url, False)] / results[(url, True)]:.1f}")


if __name__ == "__main__":
    main()
