from .base import *  # noqa: F403

# On unless DEBUG says otherwise: `make run` turns it off, so that the demo shows the site's own error pages.
DEBUG = env_bool("DEBUG", True)  # noqa: F405
# Development only: a fixed key so `make run` works with no set-up. Production reads SECRET_KEY.
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ["*"]
# Nothing is collected in development: plain static names (the manifest of base needs `collectstatic`,
# and with DEBUG off every page would fail on its missing entries).
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
