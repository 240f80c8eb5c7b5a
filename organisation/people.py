"""Who is who: a person's roles, a page's owning section, and whose work a person may see.

保密审查 第三条 (谁主管、谁负责；谁公开、谁审查): every page belongs to one section. A catalogue item or a
content page names it in ``publisher``; a page that names none (the portal's home, the catalogue and its
categories, the guide) belongs to the general office (办公室), which runs disclosure work.

A person's memberships are read once per user object (one request) and kept on it, so that permission
checks over a listing of pages cost no query per page. Each role has one definition here, and every app
asks these functions:

- disclosure administrators (``is_disclosure_admin``): superusers and the 信息公开管理员 group; they keep
  the calendar, the organisation, the log-ins, and watch every section's deadlines;
- office staff (``is_office_staff``): whoever holds a role in the general office (办公室), which runs
  disclosure work and so handles every request for information (条例 第四条);
- office reviewers (``is_office_reviewer``): the general office's confidentiality reviewers
  (保密审查 第四条);
- leaders of a section (``leads``): its section head or leader in charge (依申请公开 第五条 "经负责人同意").
"""

from .models import Membership, Role, Section
from .roles import ADMIN_GROUP

_CACHE = "_organisation_roles"
_NOBODY = {
    "memberships": frozenset(), "office_roles": frozenset(), "office_reviewer": False, "staff": False,
    "sections": frozenset(),
}
LEADING_ROLES = frozenset({Role.SECTION_HEAD, Role.LEADER_IN_CHARGE})


def roles_of(user):
    """{"memberships": {(section_id, role)}, "sections", "office_roles", "office_reviewer", "staff"}; the one
    cached role object, kept on ``user`` (one per request)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return _NOBODY
    cached = getattr(user, _CACHE, None)
    if cached is None:
        rows = list(Membership.objects.filter(user=user).values_list("section_id", "role", "section__is_general_office"))
        cached = {
            "memberships": frozenset((section_id, role) for section_id, role, _ in rows),
            "sections": frozenset(section_id for section_id, _, _ in rows),
            "office_roles": frozenset(role for _, role, office in rows if office),
            # 保密审查 第四条: the confidentiality reviewers sit in the general office.
            "office_reviewer": any(role == Role.CONFIDENTIALITY_REVIEWER and office for _, role, office in rows),
            "staff": user.is_superuser or user.groups.filter(name=ADMIN_GROUP).exists(),
        }
        setattr(user, _CACHE, cached)
    return cached


def is_disclosure_admin(user):
    """Superusers and the 信息公开管理员 group."""
    return roles_of(user)["staff"]


def is_office_staff(user):
    """Holds any role in the general office (办公室)."""
    return bool(roles_of(user)["office_roles"])


def is_office_reviewer(user):
    """A confidentiality reviewer of the general office (保密审查 第四条)."""
    return roles_of(user)["office_reviewer"]


def holds(user, role, section_id):
    """Holds ``role`` in the section ``section_id``."""
    return (section_id, role) in roles_of(user)["memberships"]


def holds_in_office(user, role):
    """Holds ``role`` in the general office."""
    return role in roles_of(user)["office_roles"]


def leads(user, section_id):
    """The section's head or its leader in charge."""
    return any(holds(user, role, section_id) for role in LEADING_ROLES)


def leads_office(user):
    """The general office's head or its leader in charge (政府信息公开工作机构负责人, 条例 第三十三条)."""
    return bool(LEADING_ROLES & roles_of(user)["office_roles"])


def general_office_id():
    return Section.objects.filter(is_general_office=True).values_list("pk", flat=True).first()


def named_section_id(page):
    """The section ``page`` names in its ``publisher``, or None (then it is the general office's)."""
    if hasattr(page, "publisher_id"):
        return page.publisher_id
    return getattr(page.specific_deferred, "publisher_id", None)


def owning_section_id(page):
    """The section that answers for ``page``: its ``publisher``, else the general office."""
    return named_section_id(page) or general_office_id()


def holds_for_page(user, role, page):
    """Holds ``role`` in the section that owns ``page``. No query per page: a page that names no
    section is the office's, which the cached role object knows without looking it up."""
    section_id = named_section_id(page)
    if section_id is None:
        return holds_in_office(user, role)
    return holds(user, role, section_id)


def sees_every_section(user):
    """The office's reviewers and the disclosure administrators see all sections' unpublished work."""
    return is_disclosure_admin(user) or is_office_reviewer(user)


def in_page_scope(user, page):
    """May ``user`` see this page's unpublished work and its review at all? Its section's people, the
    office's reviewers and the disclosure administrators; nobody from another section."""
    if sees_every_section(user):
        return True
    section_id = named_section_id(page)
    if section_id is None:
        return is_office_staff(user)
    return section_id in roles_of(user)["sections"]
