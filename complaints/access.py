"""Who sees and handles which complaints (个人信息保护法: access limited to those whose duty needs it).

The general office (办公室, which runs disclosure and receives every complaint) and the disclosure
administrators see all; a section sees the complaints assigned to it. The roles are those of
``organisation.people``.
"""

from organisation.people import is_disclosure_admin, is_office_staff, roles_of


def sees_every_complaint(user):
    return is_disclosure_admin(user) or is_office_staff(user)


def can_use_complaints(user):
    """The admin menu: anyone holding a role in a section, and the administrators."""
    return is_disclosure_admin(user) or bool(roles_of(user)["sections"])


def visible_complaints(queryset, user):
    if not can_use_complaints(user):
        return queryset.none()
    if sees_every_complaint(user):
        return queryset
    return queryset.filter(section_id__in=roles_of(user)["sections"])


def can_open(user, complaint):
    if not can_use_complaints(user):
        return False
    return sees_every_complaint(user) or (
        complaint.section_id is not None and complaint.section_id in roles_of(user)["sections"])


def can_assign_and_close(user):
    """Assignment to a section and closing are the general office's."""
    return sees_every_complaint(user)
