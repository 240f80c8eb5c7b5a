"""Roles of 保密审查 第六条 become Wagtail groups; only the leader in charge may publish (协调机制 第五条)."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from organisation.models import Membership, Role, Section
from organisation.roles import ROLE_GROUPS, setup_roles
from tests.factories import DisclosureItemPageFactory, SectionFactory, UserFactory, member

pytestmark = pytest.mark.django_db


def test_setup_roles_is_idempotent(portal):
    setup_roles(portal_root=portal.home)
    setup_roles(portal_root=portal.home)
    for name in ROLE_GROUPS.values():
        group = Group.objects.get(name=name)
        assert group.permissions.filter(codename="access_admin").count() == 1
    assert Group.objects.filter(name__in=ROLE_GROUPS.values()).count() == 4


def test_membership_puts_user_in_role_group_and_removal_takes_them_out():
    section = SectionFactory()
    user = member(Role.SECTION_HEAD, section)
    assert set(user.groups.values_list("name", flat=True)) == {"科室负责人", f"{section.name}·文件库"}
    Membership.objects.filter(user=user).delete()
    assert not user.groups.exists()


def test_only_leader_in_charge_can_publish(portal):
    section = SectionFactory()
    item = DisclosureItemPageFactory(parent=portal.categories["other"], publisher=section, live=False)
    permissions = {
        role: item.permissions_for_user(member(role, section if role != Role.CONFIDENTIALITY_REVIEWER
                                               else SectionFactory(is_general_office=True))).can_publish()
        for role in Role
    }
    assert permissions == {
        Role.DRAFTER: False,
        Role.SECTION_HEAD: False,
        Role.CONFIDENTIALITY_REVIEWER: False,
        Role.LEADER_IN_CHARGE: True,
    }


def test_confidentiality_reviewer_must_sit_in_general_office():
    with pytest.raises(ValidationError) as error:
        Membership.objects.create(user=UserFactory(), section=SectionFactory(), role=Role.CONFIDENTIALITY_REVIEWER)
    assert "保密审查员只能设在办公室" in str(error.value)


def test_one_general_office_only():
    SectionFactory(is_general_office=True)
    with pytest.raises(Exception):
        Section.objects.create(name="第二个办公室", code="office2", is_general_office=True)
