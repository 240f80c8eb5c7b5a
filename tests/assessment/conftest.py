import pytest
from django.http import HttpRequest

from moderation.workflow import setup_review_workflow
from organisation.models import Role
from tests.factories import PASSWORD, ContentPageFactory, SectionFactory, general_office, member, review_team

from .records import build_year_of_records


class Office:
    """The portal with its 年报 column and the office's review team (drafter, head, reviewer, leader)."""


@pytest.fixture
def office(portal):
    o = Office()
    o.portal = portal
    setup_review_workflow(portal.home)
    o.section = general_office()
    o.team = review_team(o.section, "o")
    o.column = ContentPageFactory(parent=portal.home, title="政府信息公开年报", slug="nianbao")
    return o


@pytest.fixture
def records(office):
    return build_year_of_records(office)


@pytest.fixture
def as_user(client):
    def _as(user):
        client.logout()
        assert client.login(request=HttpRequest(), username=user.username, password=PASSWORD)
        return client

    return _as



class People:
    """The office that keeps the incident register, and two sections with their head and drafter."""


@pytest.fixture
def people(portal):
    p = People()
    p.office = general_office()
    p.section = SectionFactory(name="大数据发展科", code="dsj")
    p.other_section = SectionFactory(name="信息化建设科", code="xxh")
    p.clerk = member(Role.DRAFTER, p.office, "office_clerk")
    p.head = member(Role.SECTION_HEAD, p.section, "dsj_head")
    p.leader = member(Role.LEADER_IN_CHARGE, p.section, "dsj_leader")
    p.drafter = member(Role.DRAFTER, p.section, "dsj_drafter")
    p.other_head = member(Role.SECTION_HEAD, p.other_section, "xxh_head")
    return p
