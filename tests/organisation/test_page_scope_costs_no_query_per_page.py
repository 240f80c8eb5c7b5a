"""保密审查 第三条: deciding who may see a page's unpublished work reads the person's roles once; a page
that names no section (the office's categories, the guide) costs no look-up of the office per page."""

import pytest
from wagtail.models import Page

from moderation.models import ReviewStep
from moderation.people import holds_step
from organisation.models import Role
from organisation.people import in_page_scope
from tests.factories import SectionFactory, general_office, member

pytestmark = pytest.mark.django_db


def test_scope_over_the_offices_pages_reads_roles_once(portal, django_assert_num_queries):
    office_head = member(Role.SECTION_HEAD, general_office(), "office_head")
    drafter = member(Role.DRAFTER, SectionFactory(name="数据资源科", code="data"), "data_drafter")
    pages = [page.specific for page in Page.objects.filter(depth__gt=1)]
    assert len(pages) >= 7
    for user, expected in ((office_head, True), (drafter, False)):
        with django_assert_num_queries(2):  # memberships, and the administrators' group
            assert [in_page_scope(user, page) for page in pages] == [expected] * len(pages)
            assert all(holds_step(user, page, ReviewStep.SECTION_HEAD_REVIEW) == expected for page in pages)
