import pytest

from organisation.models import Role
from tests.factories import general_office, member
from tests.moderation.conftest import chain  # noqa: F401  (the portal, two sections and their teams)

from .factories import OpinionCaseFactory, ResponseIndexPageFactory


@pytest.fixture
def opinion(chain):  # noqa: F811
    """The chain's people plus the office's clerk (who patrols) and head, a responses column, and
    section A's case."""
    chain.clerk = member(Role.DRAFTER, general_office(), "office_clerk")
    chain.office_head = member(Role.SECTION_HEAD, general_office(), "office_head")
    chain.column = ResponseIndexPageFactory(parent=chain.portal.home)
    chain.case = OpinionCaseFactory(sections=[chain.section_a], title="网民称数据平台收费 casekestrel")
    return chain
