import pytest

from tests.factories import build_portal


@pytest.fixture
def portal(db):
    return build_portal()
