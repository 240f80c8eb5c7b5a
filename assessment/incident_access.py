"""Who sees the incident register (协调机制 第六条).

The general office keeps it for every section: it records, corrects and lists the incidents
(``is_office_staff``; superusers too). The leaders of a section — its head and its leader in
charge (``organisation.people.LEADING_ROLES``) — read their own section's incidents, which the
assessment counts against it (考核评议制度 第六条); drafters and other sections see none.
"""

from organisation.people import LEADING_ROLES, is_office_staff, roles_of


def keeps_register(user):
    return user.is_authenticated and user.is_active and (user.is_superuser or is_office_staff(user))


def led_section_ids(user):
    return {section_id for section_id, role in roles_of(user)["memberships"] if role in LEADING_ROLES}


def can_read_register(user):
    return keeps_register(user) or bool(led_section_ids(user))


def visible_incidents(queryset, user):
    if keeps_register(user):
        return queryset
    return queryset.filter(section_id__in=led_section_ids(user))


def can_open(user, incident):
    return keeps_register(user) or incident.section_id in led_section_ids(user)
