import pytest

from organisation.models import Role
from tests.factories import SectionFactory, member


class Staff:
    """The general office, the section a complaint is assigned to and another section."""


@pytest.fixture
def staff(portal):
    s = Staff()
    s.office = SectionFactory(name="办公室", code="office", is_general_office=True)
    s.section = SectionFactory(name="数据资源科", code="data")
    s.other_section = SectionFactory(name="规划建设科", code="plan")
    s.office_clerk = member(Role.DRAFTER, s.office, "office_clerk")
    s.drafter = member(Role.DRAFTER, s.section, "data_drafter")
    s.head = member(Role.SECTION_HEAD, s.section, "data_head")
    s.outsider = member(Role.SECTION_HEAD, s.other_section, "plan_head")
    return s
