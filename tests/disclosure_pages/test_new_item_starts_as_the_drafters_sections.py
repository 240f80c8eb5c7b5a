"""保密审查 第三条 (谁主管、谁负责): a drafter's new item starts with their own section as 发布机构
(they may still choose another)."""

import re

import pytest
from django.urls import reverse

from organisation.models import Role
from tests.factories import MembershipFactory, SectionFactory, member

pytestmark = pytest.mark.django_db


def selected_publisher(html):
    """The section in the 发布机构 chooser (a hidden input holds the chosen id)."""
    chosen = re.search(r'<input type="hidden" name="publisher"(?: value="(\d*)")?', html).group(1)
    return int(chosen) if chosen else None


def test_create_form_preselects_the_drafters_section(portal, client):
    SectionFactory(name="办公室", code="office", is_general_office=True)
    own = SectionFactory(name="大数据发展科", code="dsj")
    SectionFactory(name="信息化建设科", code="xxh")
    client.force_login(member(Role.DRAFTER, own))
    url = reverse("wagtailadmin_pages:add", args=["disclosure_pages", "disclosureitempage", portal.categories["other"].pk])
    assert selected_publisher(client.get(url).content.decode()) == own.pk


def test_drafter_of_two_sections_chooses(portal, client):
    """Nobody's section is guessed: a person drafting for two sections picks one."""
    first, second = SectionFactory(name="大数据发展科", code="dsj"), SectionFactory(name="信息化建设科", code="xxh")
    user = member(Role.DRAFTER, first)
    MembershipFactory(user=user, section=second, role=Role.DRAFTER)
    client.force_login(user)
    url = reverse("wagtailadmin_pages:add", args=["disclosure_pages", "disclosureitempage", portal.categories["other"].pk])
    assert selected_publisher(client.get(url).content.decode()) is None
