"""Worker memory with catalogue search: what a forked worker costs after a search.

    DATABASE_URL=sqlite:////tmp/memory.sqlite3 .venv/bin/python benchmarks/search_memory.py

Like gunicorn with ``preload_app``: a parent process loads Django and the site, then forks workers.
Each worker serves the home page (a plain Wagtail page: the baseline), then a search, and reports
its RSS and its PSS (proportional set size: pages shared with the parent and the other workers
counted by share, which is what several workers really cost together). Run twice: jieba loaded on
each worker's first search, and preloaded in the parent (CATALOGUE_SEARCH_PRELOAD_ANALYSIS).
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "disclosure_site.settings.dev")
os.environ["ELASTICSEARCH_URL"] = ""
WORKERS = 2


def memory_kib():
    """(RSS, PSS) of this process in KiB, from /proc."""
    rss = pss = 0
    with open("/proc/self/smaps_rollup") as handle:
        for line in handle:
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    return rss, pss


def worker(write):
    from django.test import Client

    client = Client()
    client.get("/")
    baseline = memory_kib()
    client.get("/search/", {"q": "部门预算 执行情况"})
    searched = memory_kib()
    os.write(write, f"{baseline[0]} {baseline[1]} {searched[0]} {searched[1]}\n".encode())


def run(preload):
    os.environ["CATALOGUE_SEARCH_PRELOAD_ANALYSIS"] = "1" if preload else ""
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from disclosure_pages.models import CategoryPage

    if not CategoryPage.objects.exists():
        from tests.factories import build_portal

        build_portal()
    from django.db import connections

    connections.close_all()  # each worker opens its own, as gunicorn's do
    read, write = os.pipe()
    children = []
    for _ in range(WORKERS):
        pid = os.fork()
        if pid == 0:
            worker(write)
            os._exit(0)
        children.append(pid)
    for pid in children:
        os.waitpid(pid, 0)
    os.close(write)
    lines = os.read(read, 4096).decode().split()
    values = [int(value) / 1024 for value in lines]
    label = "preloaded in the parent" if preload else "loaded on first search"
    for index in range(WORKERS):
        base_rss, base_pss, rss, pss = values[index * 4: index * 4 + 4]
        print(f"jieba {label}, worker {index + 1}: page RSS {base_rss:.0f} MiB PSS {base_pss:.0f} MiB; "
              f"after a search RSS {rss:.0f} MiB PSS {pss:.0f} MiB (PSS ×{pss / base_pss:.2f})")


if __name__ == "__main__":
    run(preload="--preload" in sys.argv)
