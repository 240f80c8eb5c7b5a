"""Who acts on a page at each step (保密审查 第三条: 谁主管、谁负责；谁公开、谁审查).

Steps 1, 2 and 4 belong to the people of the page's owning section (``publisher``);
step 3 to the confidentiality reviewers of the general office (保密审查 第四条).

A person's memberships are read once per user object (one request) and kept on it, so that
permission checks over a listing of pages cost no query per page.
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
_CACHE = "_moderation_roles"


def owning_section_id(page):
    if hasattr(page, "publisher_id"):
        return page.publisher_id
    return getattr(page.specific_deferred, "publisher_id", None)


def _roles(user):
    """{(section_id, role)}, plus markers for the general office and office staff; cached on ``user``."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return {"memberships": set(), "office_reviewer": False, "staff": False}
    cached = getattr(user, _CACHE, None)
    if cached is None:
        rows = list(Membership.objects.filter(user=user).values_list("section_id", "role", "section__is_general_office"))
        cached = {
            "memberships": {(section_id, role) for section_id, role, _ in rows},
            "office_reviewer": any(role == Role.CONFIDENTIALITY_REVIEWER and office for _, role, office in rows),
            "staff": user.is_superuser or user.groups.filter(name=ADMIN_GROUP).exists(),
        }
        setattr(user, _CACHE, cached)
    return cached


def forget_roles(user):
    if hasattr(user, _CACHE):
        delattr(user, _CACHE)


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
    roles = _roles(user)
    if step == ReviewStep.CONFIDENTIALITY_REVIEW:
        # 保密审查 第四条: the general office's reviewer, for every section's items.
        return roles["office_reviewer"]
    return (owning_section_id(page), STEP_ROLES[step]) in roles["memberships"]


def is_office_staff(user):
    return _roles(user)["staff"]


def is_confidentiality_reviewer(user):
    return _roles(user)["office_reviewer"]


def section_people(page):
    """Everybody holding a role in the page's owning section (for notifications)."""
    section_id = owning_section_id(page)
    return get_user_model().objects.filter(is_active=True, section_memberships__section_id=section_id).distinct()


def in_page_scope(user, page):
    """May ``user`` see this page's review at all? Its section's people, the office's reviewers
    and the disclosure administrators; nobody from another section."""
    roles = _roles(user)
    if roles["staff"] or roles["office_reviewer"]:
        return True
    section_id = owning_section_id(page)
    return any(sid == section_id for sid, _ in roles["memberships"])


def may_see_filings(user):
    """Filings of withheld items: the general office and the leaders (主动公开 第二条)."""
    roles = _roles(user)
    return roles["staff"] or roles["office_reviewer"] or any(
        role == Role.LEADER_IN_CHARGE for _, role in roles["memberships"]
    )
