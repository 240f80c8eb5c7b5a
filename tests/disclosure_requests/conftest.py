import datetime

import pytest
from django.core.cache import cache

from organisation.models import Role
from tests.factories import PASSWORD, SectionFactory, member

from .factories import DisclosureRequestFactory


class Staff:
    """The people of a request's life: the general office, a handling section and another section."""


@pytest.fixture(autouse=True)
def _clean_cache_and_files(settings, tmp_path):
    cache.clear()
    settings.DISCLOSURE_REQUESTS_PRIVATE_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"
    yield
    cache.clear()


@pytest.fixture
def staff(portal):
    s = Staff()
    s.office = SectionFactory(name="办公室", code="office", is_general_office=True)
    s.section = SectionFactory(name="数据资源科", code="data")
    s.other_section = SectionFactory(name="规划建设科", code="plan")
    s.office_clerk = member(Role.DRAFTER, s.office, "office_clerk")
    s.office_head = member(Role.SECTION_HEAD, s.office, "office_head")
    s.drafter = member(Role.DRAFTER, s.section, "data_drafter")
    s.head = member(Role.SECTION_HEAD, s.section, "data_head")
    s.outsider = member(Role.DRAFTER, s.other_section, "plan_drafter")
    return s


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)
    return client


@pytest.fixture
def as_user(client):
    def _as(user):
        client.logout()
        return login(client, user)

    return _as


@pytest.fixture
def received(staff):
    """A request received on Monday 2026-11-02 and assigned to the data section."""
    return DisclosureRequestFactory(received_on=datetime.date(2026, 11, 2), handling_section=staff.section)


@pytest.fixture
def on_day(monkeypatch, at_any_hour):
    """Pretend today is the given date for the clocks and services (at the real hour, and again
    at an hour when the UTC date lags Beijing's: see ``at_any_hour``)."""

    def _set(day):
        monkeypatch.setattr("disclosure_requests.clocks.today", lambda: day)
        monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: day if not a else _real_localdate(*a, **k))
        return day

    from django.utils import timezone

    _real_localdate = timezone.localdate
    return _set
