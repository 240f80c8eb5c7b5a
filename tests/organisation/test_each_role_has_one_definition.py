"""Who is who is defined once, in ``organisation.people``, and read once per request.

Disclosure administrators are superusers and the 信息公开管理员 group; office staff hold a role in the
general office; office reviewers are its confidentiality reviewers (保密审查 第四条); a section's
leaders are its head and its leader in charge. Every app asks these functions.
"""

import pytest
from django.contrib.auth.models import Group

from disclosure_requests import access
from moderation.models import ReviewStep
from moderation.people import holds_step
from organisation.admin_policies import OfficeAdminPolicy
from organisation.models import Role
from organisation.people import (
    is_disclosure_admin,
    is_office_reviewer,
    is_office_staff,
    leads,
    leads_office,
    roles_of,
)
from organisation.roles import ADMIN_GROUP
from tests.factories import DisclosureItemPageFactory, SectionFactory, UserFactory, general_office, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(portal):
    class People:
        pass

    p = People()
    p.section = SectionFactory(name="大数据发展科", code="dsj")
    p.office = general_office()
    p.admin = UserFactory(username="admin_only")
    p.admin.groups.add(Group.objects.get(name=ADMIN_GROUP))
    p.office_drafter = member(Role.DRAFTER, p.office, "office_drafter")
    p.reviewer = member(Role.CONFIDENTIALITY_REVIEWER, p.office, "office_reviewer")
    p.office_head = member(Role.SECTION_HEAD, p.office, "office_head")
    p.head = member(Role.SECTION_HEAD, p.section, "dsj_head")
    p.leader = member(Role.LEADER_IN_CHARGE, p.section, "dsj_leader")
    p.drafter = member(Role.DRAFTER, p.section, "dsj_drafter")
    p.superuser = UserFactory(username="root", is_superuser=True)
    p.portal = portal
    return p


def test_disclosure_administrators_are_superusers_and_the_admin_group(people):
    assert is_disclosure_admin(people.admin) and is_disclosure_admin(people.superuser)
    assert not is_disclosure_admin(people.office_drafter)
    assert not is_disclosure_admin(people.reviewer)


def test_office_staff_hold_a_role_in_the_general_office(people):
    assert is_office_staff(people.office_drafter) and is_office_staff(people.reviewer)
    # The administrators' group alone opens no request's personal data (个人信息保护法).
    assert not is_office_staff(people.admin)
    assert not is_office_staff(people.head)


def test_office_reviewers_are_the_general_offices_confidentiality_reviewers(people):
    assert is_office_reviewer(people.reviewer)
    assert not is_office_reviewer(people.office_drafter) and not is_office_reviewer(people.admin)


def test_leaders_are_the_head_and_the_leader_in_charge(people):
    assert leads(people.head, people.section.pk) and leads(people.leader, people.section.pk)
    assert not leads(people.drafter, people.section.pk)
    assert not leads(people.head, people.office.pk)
    assert leads_office(people.office_head) and not leads_office(people.head)


def test_every_app_answers_with_the_same_definitions(people):
    log_ins = OfficeAdminPolicy(Group)
    for user in (people.admin, people.superuser, people.office_drafter, people.reviewer, people.head):
        assert log_ins.user_has_permission(user, "view") == is_disclosure_admin(user)
        assert access.can_register_and_assign(user) == (user.is_superuser or is_office_staff(user))


def test_roles_are_read_once_per_user_object(people, django_assert_num_queries):
    page = DisclosureItemPageFactory(parent=people.portal.categories["other"], publisher=people.section)
    user = people.head
    with django_assert_num_queries(2):  # memberships, and the administrators' group
        roles_of(user)
    with django_assert_num_queries(0):
        assert holds_step(user, page, ReviewStep.SECTION_HEAD_REVIEW)
        assert not is_office_staff(user) and not is_disclosure_admin(user)
        assert access.can_use_requests(user)
