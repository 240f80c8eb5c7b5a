"""Catalogue search benchmark: a generated catalogue, bulk index rate and query latency per engine.

    DATABASE_URL=postgres://disclosure:disclosure@127.0.0.1:54329/disclosure_search_bench \\
    ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python benchmarks/search_benchmark.py --items 100000

What it does (see docs/search.md for the figures):

1. Migrates the database named by DATABASE_URL (use a throw-away one; it is created on PostgreSQL
   when missing) and builds the portal tree (home → catalogue → five categories).
2. Generates ``--items`` real ``DisclosureItemPage`` rows with synthetic Chinese titles, summaries
   and bodies. Creating 100,000 pages one by one through Wagtail's tree API takes hours, so the
   rows are bulk-inserted: ``wagtailcore_page`` rows with computed tree paths (bulk_create), then the
   ``DisclosureItemPage`` rows (multi-table inheritance has no bulk_create, so one executemany). They
   are live, public, unclassified and proactive, so ``catalogue_entries()`` returns them like any
   published item; they have no revision (``live_revision`` is empty). Nothing else is bypassed:
   documents are built by ``search.documents.prepare_many`` and written by the engines' own bulk paths.
   Re-running on the same database reuses the rows.
3. Prepares every document once (jieba segmentation: the cost shared by both engines), then bulk
   indexes them into each engine (``rebuild``: the database swaps its table; Elasticsearch, a new index
   behind the alias) and prints docs/s.
4. Runs a fixed mix of 200 Chinese queries (seeded) through ``search.query`` on each engine, a
   warm-up pass first, and prints p50/p95 latency of the whole query (hits, total, four facets,
   highlighted snippets).
"""

import argparse
import datetime
import json
import os
import pickle
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "disclosure_site.settings.dev")
os.environ.setdefault("ELASTICSEARCH_INDEX_PREFIX", "bench")

SUBJECTS = ["政务数据", "大数据产业", "云计算中心", "数据资源", "政府采购", "部门预算", "财政资金", "信息化项目",
            "数字政府", "网络安全", "政务服务", "数据共享", "电子政务", "公共数据", "算力网络", "数据中心",
            "智慧城市", "营商环境", "行政许可", "信息公开", "人才引进", "科技创新", "安全生产", "招商引资"]
ACTIONS = ["管理办法", "实施方案", "工作要点", "考核细则", "专项资金使用情况", "建设规划", "年度报告", "采购意向",
           "预算执行情况", "决算公开", "项目公示", "招标公告", "政策解读", "工作总结", "实施意见", "暂行规定"]
PREFIXES = ["关于印发", "关于做好", "关于开展", "关于公布", "关于征求", "中卫市", "关于进一步加强"]
SUFFIXES = ["的通知", "的公告", "的意见", "的批复", "", "的报告"]
SENTENCES = [
    "为深入贯彻落实国家大数据战略，加快推进{s}建设，结合本市实际，制定本{a}。",
    "各县区、各部门要高度重视{s}工作，明确责任分工，确保各项任务按期完成。",
    "本年度{s}项目预算资金共计{n}万元，主要用于基础设施建设和运行维护。",
    "依据《中华人民共和国政府信息公开条例》，现将{s}有关情况予以公开。",
    "{s}平台已接入{n}个部门的业务系统，实现数据共享交换和业务协同。",
    "采购方式为公开招标，采购预算{n}万元，欢迎符合条件的供应商参加。",
    "各单位应当建立健全{s}管理制度，加强监督检查，防范安全风险。",
    "2024年全市{s}发展取得积极成效，数字经济规模持续扩大。",
    "对照{a}要求，按照GB/T 22239-2019开展等级保护测评和整改工作。",
    "联系人：办公室，联系电话：0955-{n}，电子邮箱：gongkai@example.gov.cn。",
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20260101)
    parser.add_argument("--engines", default="database,elasticsearch")
    parser.add_argument("--prepared-cache", help="pickle of prepared documents: reused when present "
                        "(re-measuring the engines without re-running jieba); its prepare time is reported")
    parser.add_argument("--queries-only", action="store_true",
                        help="measure the queries against what the engines already hold (a previous run's "
                        "index of the same catalogue): no prepare, no bulk write")
    return parser.parse_args()


def ensure_postgres_database():
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return
    import psycopg

    name = url.rsplit("/", 1)[1].split("?")[0]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def build_tree():
    from wagtail.models import Page

    from disclosure_pages.models import CategoryPage

    if not CategoryPage.objects.exists():
        from tests.factories import build_portal

        build_portal()
    return list(CategoryPage.objects.filter(depth=Page.objects.get(slug="mulu").depth + 1).order_by("path"))


def body_json(rng, subject, action):
    paragraphs = []
    for _ in range(rng.randint(3, 6)):
        text = rng.choice(SENTENCES).format(s=rng.choice([subject, rng.choice(SUBJECTS)]), a=action,
                                            n=rng.randint(10, 9999))
        paragraphs.append({"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.UUID(int=rng.getrandbits(128)))})
    return json.dumps(paragraphs, ensure_ascii=False)


def generate_items(total, categories, rng):
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Locale, Page

    from benchmarks.item_rows import insert_items
    from disclosure_pages.models import DisclosureItemPage
    from organisation.models import Section

    existing = DisclosureItemPage.objects.count()
    if existing >= total:
        print(f"catalogue: reusing {existing} items already in the database")
        return
    sections = [Section.objects.get_or_create(code=f"bench{i}", defaults={"name": name})[0]
                for i, name in enumerate(["办公室", "数据资源科", "产业发展科", "信息化建设科", "网络安全科", "财务科"])]
    content_type = ContentType.objects.get_for_model(DisclosureItemPage)
    locale = Locale.get_default()
    org = "11640500MB1950123X"
    started = time.monotonic()
    alphabet = Page.alphabet
    per_category = -(-total // len(categories))
    made = existing
    for category in categories:
        start = category.numchild
        count = min(per_category, total - made)
        for batch_start in range(0, count, 2000):
            pages, extras = [], []
            for offset in range(batch_start, min(batch_start + 2000, count)):
                position = start + offset + 1
                step, digits = "", position
                for _ in range(Page.steplen):
                    step = alphabet[digits % len(alphabet)] + step
                    digits //= len(alphabet)
                subject, action = rng.choice(SUBJECTS), rng.choice(ACTIONS)
                year = rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025])
                published = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
                title = f"{rng.choice(PREFIXES)}{subject}{action}{rng.choice(SUFFIXES)}"
                slug = f"item-{category.pk}-{position}"
                moment = timezone.make_aware(datetime.datetime.combine(published, datetime.time(9)))
                pages.append(Page(
                    path=category.path + step, depth=category.depth + 1, numchild=0, title=title, draft_title=title,
                    slug=slug, content_type=content_type, live=True, has_unpublished_changes=False,
                    url_path=f"{category.url_path}{slug}/", locale=locale, first_published_at=moment,
                    last_published_at=moment, translation_key=uuid.UUID(int=rng.getrandbits(128)),
                ))
                sequence = position + 100000 * categories.index(category)
                validity = rng.choices(["in_force", "expired", "repealed"], weights=[8, 1, 1])[0]
                extras.append({
                    "index_number": f"{org}/{year}-{sequence:06d}",
                    "document_number": f"卫云数发〔{year}〕{sequence}号" if rng.random() < 0.6 else "",
                    "publisher_id": rng.choice(sections).pk, "creation_date": published, "publication_date": published,
                    "summary": f"{subject}{action}的主要内容和公开说明。", "validity": validity,
                    "validity_explanation": "" if validity == "in_force" else "已被新文件替代。",
                    "body": body_json(rng, subject, action),
                })
            with transaction.atomic():
                created = Page.objects.bulk_create(pages, batch_size=1000)
                if not all(page.pk for page in created):  # SQLite before 3.35 returns no ids
                    ids = dict(Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk"))
                    for page in created:
                        page.pk = ids[page.path]
                insert_items([{"page_ptr_id": page.pk, **row} for page, row in zip(created, extras)])
            made += len(pages)
            rate = (made - existing) / (time.monotonic() - started)
            print(f"\rcatalogue: {made}/{total} items ({rate:,.0f}/s)", end="", flush=True)
        Page.objects.filter(pk=category.pk).update(numchild=start + count)
    print()


def query_mix(count, rng):
    from disclosure_pages.models import DisclosureItemPage

    numbers = list(DisclosureItemPage.objects.exclude(document_number="").order_by("?")
                   .values_list("document_number", flat=True)[:20])
    index_numbers = list(DisclosureItemPage.objects.order_by("?").values_list("index_number", flat=True)[:20])
    words = sorted({w for s in SUBJECTS + ACTIONS for w in (s[:2], s[-2:])})
    queries = []
    for i in range(count):
        kind = i % 10
        if kind in (0, 1, 2):
            queries.append((rng.choice(words), {}))  # a two-character word
        elif kind in (3, 4):
            queries.append((rng.choice(SUBJECTS) + rng.choice(ACTIONS)[:2], {}))  # a phrase
        elif kind == 5:
            queries.append((f"{rng.choice([2022, 2023, 2024])}年 {rng.choice(words)}", {}))  # mixed digits
        elif kind == 6:
            queries.append((rng.choice(numbers), {}))  # an exact 文号
        elif kind == 7:
            queries.append((rng.choice(index_numbers), {}))  # an exact 索引号
        elif kind == 8:
            queries.append((rng.choice(words), {"category": [rng.choice(["finance", "planning", "other"])]}))
        else:
            queries.append((f"{rng.choice(words)} {rng.choice(words)}", {"validity": ["in_force"]}))
    return queries


def prepared_documents(cache_path):
    """(seconds, batches) of prepared documents: from the pickle when present, else prepared (jieba) and
    pickled there when a path is given."""
    from search.indexing import document_batches

    cache = Path(cache_path) if cache_path else None
    if cache and cache.exists():
        with cache.open("rb") as handle:
            print(f"prepared documents read from {cache}")
            return pickle.load(handle)
    started = time.monotonic()
    batches = list(document_batches())
    prepare_seconds = time.monotonic() - started
    if cache:
        with cache.open("wb") as handle:
            pickle.dump((prepare_seconds, batches), handle)
    return prepare_seconds, batches


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    args = parse_args()
    ensure_postgres_database()
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from disclosure_pages.models import DisclosureItemPage
    from search.engines import database_engine
    from search.engines.elasticsearch import ElasticsearchEngine
    from search.indexing import new_version
    from search.query import SearchParams, build_results

    call_command("migrate", verbosity=0)
    rng = random.Random(args.seed)
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    categories = build_tree()
    generate_items(args.items, categories, rng)

    if args.queries_only:
        prepare_seconds, batches, total = None, [], DisclosureItemPage.objects.count()
    else:
        prepare_seconds, batches = prepared_documents(args.prepared_cache)
        total = sum(len(batch) for batch in batches)
        print(f"prepare (jieba, shared by both engines): {total} docs in {prepare_seconds:.1f}s "
              f"= {total / prepare_seconds:,.0f} docs/s")

    engines = []
    for name in args.engines.split(","):
        if name == "database":
            engines.append(database_engine())
        elif name == "elasticsearch" and settings.ELASTICSEARCH_URL:
            engines.append(ElasticsearchEngine())
    version = new_version("benchmark")
    report = []
    queries = query_mix(args.queries, random.Random(args.seed + 1))
    for engine in engines:
        started = time.monotonic()
        if not args.queries_only:
            engine.rebuild(batches, version)
            if engine.name == "database" and connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE catalogue_search_indexeddocument")
        write_seconds = time.monotonic() - started
        for query, filters in queries[:20]:  # warm-up
            engine.search(SearchParams(query=query, filters=filters))
        latencies, hits = [], 0
        for query, filters in queries:
            params = SearchParams(query=query, filters=filters)
            started = time.perf_counter()
            results = build_results(params, engine.search(params), engine.name)
            latencies.append((time.perf_counter() - started) * 1000)
            hits += results.total > 0
        rates = (None, None) if args.queries_only else (
            total / write_seconds, total / (write_seconds + prepare_seconds))
        report.append((engine.name, total, write_seconds, *rates, statistics.median(latencies),
                       percentile(latencies, 0.95), max(latencies), hits))
    print()
    print(f"{'engine':<14}{'docs':>8}{'bulk write docs/s':>19}{'incl. prepare':>15}{'p50 ms':>9}{'p95 ms':>9}"
          f"{'max ms':>9}{'queries with hits':>19}")
    for name, docs, _, rate, full_rate, p50, p95, worst, hits in report:
        rate, full_rate = (f"{r:,.0f}" if r is not None else "—" for r in (rate, full_rate))
        print(f"{name:<14}{docs:>8}{rate:>19}{full_rate:>15}{p50:>9.1f}{p95:>9.1f}{worst:>9.1f}"
              f"{hits:>12}/{len(queries)}")


if __name__ == "__main__":
    main()
