"""Median latency and queries per request of a category page and an item page, 10,000 items.

    DATABASE_URL=sqlite:///tmp/bench.sqlite3 .venv/bin/python benchmarks/catalogue_pages.py
    DATABASE_URL=postgres://disclosure:disclosure@127.0.0.1:54329/disclosure .venv/bin/python benchmarks/catalogue_pages.py

It creates a throw-away test database (Django's test-database machinery, so nothing of yours is
touched), fills it, requests each page repeatedly through Django's test client and prints figures.
Items are created as drafts through the page tree (``add_child``, so 索引号 allocation and the
tree are real) and then marked live with one UPDATE: the benchmark measures reading, not the
review chain. It asserts nothing about time.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "disclosure_site.settings.test")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = False
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        import datetime
        import random

        from django.test import Client
        from django.utils import timezone
        from wagtail.models import Page

        from disclosure_pages.models import DisclosureItemPage
        from tests.factories import SectionFactory, build_portal

        portal = build_portal()
        sections = [SectionFactory() for _ in range(5)]
        rng = random.Random(1)
        categories = list(portal.categories.values())
        started = time.perf_counter()
        for n in range(args.items):
            parent = categories[n % len(categories)]
            parent.add_child(instance=DisclosureItemPage(
                title=f"关于第{n}项政务数据共享工作的通知", slug=f"item-{n}", live=False,
                publisher=rng.choice(sections), document_number=f"卫云数发〔2024〕{n}号",
                creation_date=datetime.date(2020 + n % 6, 1 + n % 12, 1 + n % 28),
                summary="政务数据共享工作安排。",
                body=[{"type": "paragraph", "value": "<p>正文内容。</p>" * 20}],
            ))
            if n and n % 1000 == 0:
                print(f"  {n} items created ({time.perf_counter() - started:.0f} s)", flush=True)
        now = timezone.now()
        Page.objects.filter(depth__gt=4).update(live=True, first_published_at=now, last_published_at=now)
        DisclosureItemPage.objects.update(publication_date=timezone.localdate(now))
        print(f"created {args.items} items in {time.perf_counter() - started:.1f} s on {connection.vendor}")

        client = Client()
        category = categories[0]
        item = DisclosureItemPage.objects.child_of(category).first()
        for label, url in [("category page (page 1 of its listing)", category.url),
                           ("category page 100", category.url + "?page=100"),
                           ("item page", item.url)]:
            client.get(url)  # warm up
            times, queries = [], []
            for _ in range(args.requests):
                with CaptureQueriesContext(connection) as captured:
                    start = time.perf_counter()
                    response = client.get(url)
                    times.append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200, (url, response.status_code)
                queries.append(len(captured.captured_queries))
            print(f"{connection.vendor:10} {label:40} median {statistics.median(times):7.1f} ms  "
                  f"p95 {sorted(times)[int(len(times) * 0.95) - 1]:7.1f} ms  queries/request {statistics.median(queries):.0f}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
