import datetime

import pytest
from django.core.cache import cache
from django.http import HttpRequest

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
    s.reviewer = member(Role.CONFIDENTIALITY_REVIEWER, s.office, "office_reviewer")
    s.leader = member(Role.LEADER_IN_CHARGE, s.section, "data_leader")
    # 保密审查 第六条, in order: drafter, section head, the office's reviewer, the leader in charge
    s.release_team = [s.drafter, s.head, s.reviewer, s.leader]
    s.outsider = member(Role.DRAFTER, s.other_section, "plan_drafter")
    return s


def login(client, user):
    assert client.login(request=HttpRequest(), username=user.username, password=PASSWORD)
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


DISCLOSING_ANSWER = {"answer_kind": "disclose", "outcome": "disclosed",
                     "answer_content": "2025年政务数据共享目录全文见所附文件。"}


@pytest.fixture
def proposed(staff, received, on_day):
    """``received`` answered 予以公开 by its drafter on 2026-11-10: waiting for the release review."""
    from disclosure_requests import release_review, services

    on_day(datetime.date(2026, 11, 10))
    services.answer(received, staff.drafter, **DISCLOSING_ANSWER)
    received.refresh_from_db()
    return release_review.current_proposal(received)
