"""Who is who: a person's roles, a page's owning section, and whose work a person may see.

保密审查 第三条 (谁主管、谁负责；谁公开、谁审查): every page belongs to one section. A catalogue item or a
content page names it in ``publisher``; a page that names none (the portal's home, the catalogue and its
categories, the guide) belongs to the general office (办公室), which runs disclosure work.

A person's memberships are read once per user object (one request) and kept on it, so that permission
checks over a listing of pages cost no query per page.
"""

from .models import Membership, Role, Section
from .roles import ADMIN_GROUP

_CACHE = "_organisation_roles"
_NOBODY = {"memberships": frozenset(), "office_reviewer": False, "staff": False, "sections": frozenset()}


def roles_of(user):
    """{"memberships": {(section_id, role)}, "sections", "office_reviewer", "staff"}; cached on ``user``."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return _NOBODY
    cached = getattr(user, _CACHE, None)
    if cached is None:
        rows = list(Membership.objects.filter(user=user).values_list("section_id", "role", "section__is_general_office"))
        cached = {
            "memberships": frozenset((section_id, role) for section_id, role, _ in rows),
            "sections": frozenset(section_id for section_id, _, _ in rows),
            # 保密审查 第四条: the confidentiality reviewers sit in the general office.
            "office_reviewer": any(role == Role.CONFIDENTIALITY_REVIEWER and office for _, role, office in rows),
            "staff": user.is_superuser or user.groups.filter(name=ADMIN_GROUP).exists(),
        }
        setattr(user, _CACHE, cached)
    return cached


def general_office_id():
    return Section.objects.filter(is_general_office=True).values_list("pk", flat=True).first()


def owning_section_id(page):
    """The section that answers for ``page``: its ``publisher``, else the general office."""
    if hasattr(page, "publisher_id"):
        section_id = page.publisher_id
    else:
        section_id = getattr(page.specific_deferred, "publisher_id", None)
    return section_id or general_office_id()


def sees_every_section(user):
    """The office's reviewers and the disclosure administrators see all sections' unpublished work."""
    roles = roles_of(user)
    return roles["staff"] or roles["office_reviewer"]


def in_page_scope(user, page):
    """May ``user`` see this page's unpublished work and its review at all? Its section's people, the
    office's reviewers and the disclosure administrators; nobody from another section."""
    if sees_every_section(user):
        return True
    return owning_section_id(page) in roles_of(user)["sections"]
