"""Worker memory with catalogue search: what a forked worker costs after a search (issue 15 item 5).

    DATABASE_URL=sqlite:////tmp/memory.sqlite3 .venv/bin/python benchmarks/search_memory.py [--workers N]

Like gunicorn with ``preload_app`` and deploy/gunicorn.conf.py: a parent process loads Django and the
site, freezes the garbage collector's view of what it loaded (``gc.freeze()``, as the config's
``pre_fork`` does), then forks N workers (default: gunicorn's default for this machine, 2 × CPUs + 1).
Each worker serves the home page, then a search, and reports its RSS and PSS (proportional set size:
pages shared with the parent and the other workers counted by share, which is what the workers
really cost together). Two runs, each in its own process:

* **plain**: jieba not preloaded; the figure after the home page is a worker that has served plain
  Wagtail pages only (the yardstick), the figure after the search one that loaded jieba itself;
* **preloaded**: jieba and its dictionary loaded in the parent (CATALOGUE_SEARCH_PRELOAD_ANALYSIS, as
  the gunicorn config sets it), shared by every worker.

Printed: each worker's figures and the median PSS after a search against the plain worker's.
"""

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def memory_mib():
    """(RSS, PSS) of this process in MiB, from /proc."""
    values = {}
    with open("/proc/self/smaps_rollup") as handle:
        for line in handle:
            key, _, rest = line.partition(":")
            if key in ("Rss", "Pss"):
                values[key] = int(rest.split()[0]) / 1024
    return values["Rss"], values["Pss"]


def worker(write, go):
    from django.test import Client

    client = Client()
    client.get("/")
    page = memory_mib()
    client.get("/search/", {"q": "部门预算 执行情况"})
    searched = memory_mib()
    os.write(write, (json.dumps([*page, *searched]) + "\n").encode())
    os.read(go, 1)  # stay alive until every worker has measured: PSS shares among the living


def run(workers):
    """One run in this process (the environment says whether jieba is preloaded); prints JSON."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "disclosure_site.settings.dev")
    os.environ["ELASTICSEARCH_URL"] = ""
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from disclosure_pages.models import CategoryPage

    if not CategoryPage.objects.exists():
        from tests.factories import build_portal

        build_portal()
        print("built the portal: run again to measure", file=sys.stderr)
        sys.exit(2)  # building indexed pages loaded jieba in this parent: not a fair run
    import gc

    from django.db import connections

    connections.close_all()  # each worker opens its own, as gunicorn's do
    gc.freeze()
    read, write = os.pipe()
    go_read, go_write = os.pipe()
    children = []
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:
            worker(write, go_read)
            os._exit(0)
        children.append(pid)
    os.close(write)
    lines = []
    with os.fdopen(read) as results:
        while len(lines) < workers:
            lines.append(json.loads(results.readline()))
    os.write(go_write, b"x" * workers)
    for pid in children:
        os.waitpid(pid, 0)
    print(json.dumps(lines))


def main():
    if "--run" in sys.argv:
        return run(int(sys.argv[sys.argv.index("--run") + 1]))
    workers = int(sys.argv[sys.argv.index("--workers") + 1]) if "--workers" in sys.argv else 2 * os.cpu_count() + 1
    results = {}
    for label, preload in (("plain", ""), ("preloaded", "1")):
        env = {**os.environ, "CATALOGUE_SEARCH_PRELOAD_ANALYSIS": preload}
        done = subprocess.run([sys.executable, __file__, "--run", str(workers)], env=env, capture_output=True,
                              text=True)
        if done.returncode:
            sys.stderr.write(done.stderr)
            return done.returncode
        results[label] = json.loads(done.stdout.strip().splitlines()[-1])
        for index, (rss, pss, rss_after, pss_after) in enumerate(results[label], start=1):
            print(f"{label:9s} worker {index}: home page RSS {rss:.0f} MiB PSS {pss:.0f} MiB; "
                  f"after a search RSS {rss_after:.0f} MiB PSS {pss_after:.0f} MiB")
    plain = statistics.median(pss for _, pss, _, _ in results["plain"])
    for label in results:
        after = statistics.median(pss_after for _, _, _, pss_after in results[label])
        print(f"{workers} workers, {label:9s}: median PSS after a search {after:.0f} MiB = "
              f"×{after / plain:.2f} a worker that served plain pages only ({plain:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
