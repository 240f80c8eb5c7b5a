"""gunicorn for the portal: `gunicorn -c deploy/gunicorn.conf.py` (deploy/systemd/gongkai-web.service).

Environment (besides the site's own, README › Configuration):
  GUNICORN_BIND     address to listen on, default 127.0.0.1:8001 (nginx's upstream)
  WEB_CONCURRENCY   worker processes, default 2 × CPUs + 1
  GUNICORN_THREADS  threads per worker, default 1
  GUNICORN_TIMEOUT  seconds before a silent worker is restarted, default 60
"""

import gc
import multiprocessing
import os

wsgi_app = "disclosure_site.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("WEB_CONCURRENCY", str(multiprocessing.cpu_count() * 2 + 1)))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# A worker is replaced after this many requests, so slow growth never accumulates.
max_requests = 5000
max_requests_jitter = 500

# The application is loaded once in the master and the workers are forked from it: what it loads at
# start (the search app loads jieba's dictionary when CATALOGUE_SEARCH_PRELOAD_ANALYSIS is on) is
# shared, not loaded again by every worker on its first search.
preload_app = True
os.environ.setdefault("CATALOGUE_SEARCH_PRELOAD_ANALYSIS", "1")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "disclosure_site.settings.production")

# X-Forwarded-Proto is believed only from the proxies Django trusts too.
forwarded_allow_ips = os.environ.get("TRUSTED_PROXIES", "127.0.0.1") or "127.0.0.1"

accesslog = "-"
errorlog = "-"
access_log_format = '%({x-forwarded-for}i)s "%(r)s" %(s)s %(b)s %(M)sms'


def post_fork(server, worker):
    """No forked worker may reuse a database connection the master opened while loading the app."""
    from django.db import connections

    connections.close_all()


def pre_fork(server, worker):
    """What the master loaded (Django, the site, jieba's dictionary) is taken out of the garbage
    collector's sight before a worker is forked: a worker's collections then never write to those
    objects, so their memory pages stay shared with the master and the other workers instead of being
    copied into every worker (benchmarks/search_memory.py: ×1.16 a plain worker's PSS after a search,
    against ×1.71 when each worker loads jieba itself)."""
    gc.freeze()
