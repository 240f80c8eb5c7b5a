"""Deployment behind an HTTPS reverse proxy. `manage.py check --deploy` passes with real values of
SECRET_KEY (50+ random characters) and ALLOWED_HOSTS; see README, Configuration."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False
if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")  # noqa: F405
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")  # noqa: F405
# With EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend (make production-check): the folder.
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", "")  # noqa: F405

# HTTPS only. The proxy terminates TLS and must set (overwrite) X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)  # noqa: F405
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)  # noqa: F405
# Asking browsers to preload HTTPS for the whole domain is the domain owner's decision: off unless set.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)  # noqa: F405
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]

# Several worker processes, and several servers, must share throttling counters, cached pages and
# fragments. REDIS_URL (e.g. redis://10.0.0.9:6379/0): one Redis or Valkey for all servers, which
# also keeps sessions (cached_db: read from Redis, written through to the database, so a session
# survives a flushed cache and any server can continue it). Without it the database cache needs no
# extra service (`manage.py createcachetable` once after migrate).
REDIS_URL = os.environ.get("REDIS_URL", "")  # noqa: F405
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "gongkai"),  # noqa: F405
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": os.environ.get("CACHE_BACKEND", "django.core.cache.backends.db.DatabaseCache"),  # noqa: F405
            "LOCATION": os.environ.get("CACHE_LOCATION", "django_cache"),  # noqa: F405
        }
    }

SESSION_ENGINE = "django.contrib.sessions.backends." + ("cached_db" if REDIS_URL else "db")

# Background work waits in the database for `manage.py db_worker` (deploy/systemd/gongkai-worker.service).
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}  # noqa: F405
