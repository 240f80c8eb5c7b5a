"""Who sees and handles which public-opinion cases (舆情回应制度 第五条（二）分级负责、谁主管谁负责).

A section sees the cases it is responsible for; the general office (which monitors, receives the
reports and speaks to 宣传部/网信办), the leaders in charge and the disclosure administrators see
all. The roles are those of ``organisation.people``.
"""

from organisation.models import Role
from organisation.people import is_disclosure_admin, is_office_staff, leads_office, roles_of


def is_leader_in_charge(user):
    return any(role == Role.LEADER_IN_CHARGE for _, role in roles_of(user)["memberships"])


def sees_every_case(user):
    return is_disclosure_admin(user) or is_office_staff(user) or is_leader_in_charge(user)


def visible_cases(queryset, user):
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return queryset.none()
    if sees_every_case(user):
        return queryset
    return queryset.filter(sections__in=roles_of(user)["sections"]).distinct()


def can_use_cases(user):
    """The admin menu: anyone holding a role in a section, and the administrators."""
    return is_disclosure_admin(user) or bool(roles_of(user)["sections"])


def can_open(user, case):
    if not can_use_cases(user):
        return False
    if sees_every_case(user):
        return True
    return case.sections.filter(pk__in=roles_of(user)["sections"]).exists()


def can_decide_outcome(user):
    """第六条 通报、约谈、追责: decided by the leaders (the leader in charge, the office's head)."""
    return is_disclosure_admin(user) or is_leader_in_charge(user) or leads_office(user)
