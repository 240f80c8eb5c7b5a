"""Who acts on a page at each step (保密审查 第三条: 谁主管、谁负责；谁公开、谁审查).

Steps 1, 2 and 4 belong to the people of the page's owning section (``publisher``);
step 3 to the confidentiality reviewers of the general office (保密审查 第四条).
"""

from django.contrib.auth import get_user_model

from organisation.models import Membership, Role, Section
from organisation.roles import ADMIN_GROUP

from .models.opinions import ReviewStep

STEP_ROLES = {
    ReviewStep.DRAFTER_OPINION: Role.DRAFTER,
    ReviewStep.SECTION_HEAD_REVIEW: Role.SECTION_HEAD,
    ReviewStep.CONFIDENTIALITY_REVIEW: Role.CONFIDENTIALITY_REVIEWER,
    ReviewStep.LEADER_APPROVAL: Role.LEADER_IN_CHARGE,
}


def owning_section_id(page):
    if hasattr(page, "publisher_id"):
        return page.publisher_id
    return getattr(page.specific_deferred, "publisher_id", None)


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
    if not user.is_authenticated or not user.is_active:
        return False
    section = step_section(page, step)
    if section is None:
        return False
    return Membership.objects.filter(user=user, section=section, role=STEP_ROLES[step]).exists()


def is_office_staff(user):
    return user.is_superuser or user.groups.filter(name=ADMIN_GROUP).exists()


def is_confidentiality_reviewer(user):
    return Membership.objects.filter(user=user, role=Role.CONFIDENTIALITY_REVIEWER).exists()


def section_people(page):
    """Everybody holding a role in the page's owning section (for notifications)."""
    section_id = owning_section_id(page)
    return get_user_model().objects.filter(is_active=True, section_memberships__section_id=section_id).distinct()


def in_page_scope(user, page):
    """May ``user`` see this page's review at all? Its section's people, the office's reviewers
    and the disclosure administrators; nobody from another section."""
    if not user.is_authenticated or not user.is_active:
        return False
    if is_office_staff(user):
        return True
    section_id = owning_section_id(page)
    return Membership.objects.filter(user=user).filter(
        section_id=section_id
    ).exists() or is_confidentiality_reviewer(user)


def may_see_filings(user):
    """Filings of withheld items: the general office and the leaders (主动公开 第二条)."""
    if not user.is_authenticated or not user.is_active:
        return False
    return is_office_staff(user) or Membership.objects.filter(
        user=user, role__in=[Role.CONFIDENTIALITY_REVIEWER, Role.LEADER_IN_CHARGE]
    ).exists()
