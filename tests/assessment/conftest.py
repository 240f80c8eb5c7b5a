import pytest

from organisation.models import Role
from tests.factories import SectionFactory, general_office, member


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
