import datetime

import pytest
import time_machine
from django.conf import settings
from django.http import HttpRequest
from django.test import Client as DjangoClient

from tests.factories import build_portal

# The site lives in Beijing time (UTC+8). From 16:00 to 24:00 UTC Beijing is already on the next
# day, so a date taken in UTC is a day early there. This instant is in that window:
# 2026-03-01 17:30 UTC is 2026-03-02 01:30 in Beijing.
UTC_DATE_LAGS_BEIJING = datetime.datetime(2026, 3, 1, 17, 30, tzinfo=datetime.UTC)


def pytest_collection_modifyitems(config, items):
    """Tests marked ``postgres`` run in the PostgreSQL pass of ``make test`` and are deselected on SQLite.

    They are never skipped: when PostgreSQL is configured but unreachable they fail.
    """
    if "postgresql" in settings.DATABASES["default"]["ENGINE"]:
        return
    selected = [item for item in items if item.get_closest_marker("postgres") is None]
    deselected = [item for item in items if item.get_closest_marker("postgres") is not None]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


def next_utc_date_lag():
    """The next 17:30 UTC from now: the clock only ever moves forward, so rows made earlier in a
    test stay older than the ones made after (history, ordering by time)."""
    now = datetime.datetime.now(datetime.UTC)
    instant = now.replace(hour=17, minute=30, second=0, microsecond=0)
    return instant if instant > now else instant + datetime.timedelta(days=1)


@pytest.fixture(params=["now", "utc-date-lags-beijing"])
def at_any_hour(request):
    """Run a date-sensitive test twice: at the real instant, and with the clock moved (ticking) to the
    next 17:30 UTC, when Beijing is already on the next day, so the suite passes at any hour. List it
    first among the test's fixtures (``pytest.mark.usefixtures("at_any_hour")``)."""
    if request.param == "now":
        yield None
        return
    with time_machine.travel(next_utc_date_lag(), tick=True) as traveller:
        yield traveller


@pytest.fixture
def portal(db):
    return build_portal()


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache: Wagtail caches renditions by image id, and ids come
    round again after a rollback, so a rendition of another test's image would be served."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


class Client(DjangoClient):
    """The test client, logging in the way a browser does: django-axes (log-in lockout) needs the
    request to count failures per client, so ``login()`` passes one."""

    def login(self, **credentials):
        credentials.setdefault("request", HttpRequest())
        return super().login(**credentials)


@pytest.fixture
def client():
    return Client()
