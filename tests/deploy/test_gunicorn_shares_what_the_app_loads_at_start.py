"""deploy/gunicorn.conf.py: the app is loaded once in the master (preload_app) with the search
dictionary preloaded, workers from WEB_CONCURRENCY, and no worker keeps the master's database
connection."""

import os
import runpy
from pathlib import Path

import pytest

CONFIG = Path(__file__).resolve().parents[2] / "deploy" / "gunicorn.conf.py"


@pytest.fixture
def config(monkeypatch):
    for name in ("CATALOGUE_SEARCH_PRELOAD_ANALYSIS", "GUNICORN_BIND"):  # recorded, so what the config sets is undone
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)
    monkeypatch.setenv("WEB_CONCURRENCY", "3")

    def load():
        return runpy.run_path(str(CONFIG))

    return load


def test_workers_come_from_the_environment_and_share_the_preloaded_app(config):
    values = config()
    assert values["workers"] == 3
    assert values["preload_app"] is True
    assert values["wsgi_app"] == "disclosure_site.wsgi:application"
    assert os.environ["CATALOGUE_SEARCH_PRELOAD_ANALYSIS"] == "1"


def test_it_listens_where_nginx_looks_for_it(config):
    nginx = (CONFIG.parent / "nginx" / "gongkai.conf").read_text()
    assert f"server {config()['bind']} " in nginx


def test_a_forked_worker_drops_the_masters_database_connections(config, monkeypatch):
    from django.db import connections

    closed = []
    monkeypatch.setattr(connections, "close_all", lambda: closed.append(True))
    config()["post_fork"](server=None, worker=None)
    assert closed == [True]
