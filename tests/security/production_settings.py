"""The values of site/settings/production.py, loaded with a real environment, for tests that must
run as deployed (the test settings module itself stays as it is)."""

import importlib
import sys

SECRET_KEY = "k3J9-vQ2_xW8zL5nR7tY1uP4sD6fG0hJ2kL4zX6cV8bN0mQ3wE5rT7yU9iO1pA3s"
ENVIRONMENT = {"SECRET_KEY": SECRET_KEY, "ALLOWED_HOSTS": "gongkai.example.gov.cn,testserver"}
# What decides how responses are secured; caches and databases stay the test ones.
SECURITY_SETTINGS = [
    "MIDDLEWARE", "CONTENT_SECURITY_POLICY", "SECURE_PROXY_SSL_HEADER", "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD", "SECURE_REFERRER_POLICY",
    "SECURE_CONTENT_TYPE_NOSNIFF", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "ALLOWED_HOSTS", "DEBUG",
]


def load(monkeypatch, names=SECURITY_SETTINGS, **environment):
    """The production values of ``names``, with ``environment`` added to (or, None, removed from) ENVIRONMENT."""
    for name, value in {**ENVIRONMENT, **environment}.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    for name in ("disclosure_site.settings.base", "disclosure_site.settings.production"):
        module = importlib.reload(sys.modules[name]) if name in sys.modules else importlib.import_module(name)
    return {setting: getattr(module, setting, None) for setting in names}
