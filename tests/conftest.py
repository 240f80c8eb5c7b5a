import pytest
from django.conf import settings

from tests.factories import build_portal


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


@pytest.fixture
def portal(db):
    return build_portal()
