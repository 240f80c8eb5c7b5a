"""Production settings for more than one server (docs/scaling.md): with REDIS_URL every worker of
every server shares one cache (page cache, throttling counters, QR codes) and sessions; without it
the database cache is shared. Background work is queued in the database for the worker."""

from tests.security import production_settings

NAMES = ["CACHES", "SESSION_ENGINE", "TASKS", "CATALOGUE_SEARCH_SHARDS", "CATALOGUE_SEARCH_REPLICAS"]


def test_redis_url_gives_one_shared_cache_and_sessions_that_survive_switching_servers(monkeypatch):
    values = production_settings.load(monkeypatch, NAMES, REDIS_URL="redis://10.0.0.9:6379/0")
    cache = values["CACHES"]["default"]
    assert cache["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert cache["LOCATION"] == "redis://10.0.0.9:6379/0"
    # Read from Redis, written through to PostgreSQL: a flushed cache logs nobody out.
    assert values["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"


def test_without_redis_the_database_cache_is_shared_by_the_workers(monkeypatch):
    values = production_settings.load(monkeypatch, NAMES, REDIS_URL=None)
    assert values["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert values["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"


def test_background_work_waits_in_the_database_for_the_worker(monkeypatch):
    values = production_settings.load(monkeypatch, NAMES)
    assert values["TASKS"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


def test_elasticsearch_shards_and_replicas_come_from_the_environment(monkeypatch):
    values = production_settings.load(monkeypatch, NAMES, ELASTICSEARCH_SHARDS="1", ELASTICSEARCH_REPLICAS="2")
    assert (values["CATALOGUE_SEARCH_SHARDS"], values["CATALOGUE_SEARCH_REPLICAS"]) == (1, 2)
