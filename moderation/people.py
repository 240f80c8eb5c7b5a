"""Who acts on a page at each step (保密审查 第三条: 谁主管、谁负责；谁公开、谁审查).

Steps 1, 2 and 4 belong to the people of the page's owning section (``organisation.people``: its
``publisher``, else the general office); step 3 to the confidentiality reviewers of the general
office (保密审查 第四条).
"""

from django.contrib.auth import get_user_model

from organisation.models import Role, Section
from organisation.people import (
    holds_for_page,
    in_page_scope,
    is_disclosure_admin,
    is_office_reviewer,
    owning_section_id,
    roles_of,
)

from .models.opinions import ReviewStep

__all__ = ["STEP_ROLES", "holds_step", "in_page_scope", "may_see_filings", "reviewers", "section_people"]

STEP_ROLES = {
    ReviewStep.DRAFTER_OPINION: Role.DRAFTER,
    ReviewStep.SECTION_HEAD_REVIEW: Role.SECTION_HEAD,
    ReviewStep.CONFIDENTIALITY_REVIEW: Role.CONFIDENTIALITY_REVIEWER,
    ReviewStep.LEADER_APPROVAL: Role.LEADER_IN_CHARGE,
}


def step_section(page, step):
    if step == ReviewStep.CONFIDENTIALITY_REVIEW:
        return Section.general_office()
    section_id = owning_section_id(page)
    return Section.objects.filter(pk=section_id).first() if section_id else None


def reviewers(page, step):
    """Active users who may act on ``page`` at ``step``."""
    section = step_section(page, step)
    if section is None:
        return get_user_model().objects.none()
    return section.members(STEP_ROLES[step]).distinct()


def holds_step(user, page, step):
    if step == ReviewStep.CONFIDENTIALITY_REVIEW:
        # 保密审查 第四条: the general office's reviewer, for every section's items.
        return is_office_reviewer(user)
    return holds_for_page(user, STEP_ROLES[step], page)


def section_people(page):
    """Everybody holding a role in the page's owning section (for notifications)."""
    section_id = owning_section_id(page)
    return get_user_model().objects.filter(is_active=True, section_memberships__section_id=section_id).distinct()


def may_see_filings(user):
    """Filings of withheld items: the general office and the leaders (主动公开 第二条)."""
    roles = roles_of(user)
    return is_disclosure_admin(user) or is_office_reviewer(user) or any(
        role == Role.LEADER_IN_CHARGE for _, role in roles["memberships"]
    )
