"""Settings of the page benchmarks: the test settings plus the yardstick page type."""

from disclosure_site.settings.test import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "benchmarks.plain_pages"]  # noqa: F405
LOGGING = {**LOGGING, "root": {"handlers": ["console"], "level": "WARNING"}}  # noqa: F405
