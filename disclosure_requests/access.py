"""Who may open a request (个人信息保护法: access limited to those whose duty needs it).

Only the handling section, the general office's staff (办公室, which runs disclosure) and superusers;
the roles are those of ``organisation.people``.
"""

from organisation.people import is_office_staff, leads, leads_office, roles_of


def _section_ids(user):
    return roles_of(user)["sections"]


def visible_requests(queryset, user):
    if not user.is_authenticated or not user.is_active:
        return queryset.none()
    if user.is_superuser or is_office_staff(user):
        return queryset
    return queryset.filter(handling_section_id__in=_section_ids(user))


def can_open(user, disclosure_request):
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or is_office_staff(user):
        return True
    return disclosure_request.handling_section_id is not None and disclosure_request.handling_section_id in _section_ids(user)


def can_use_requests(user):
    """Whether the admin menu shows 依申请公开 at all."""
    return user.is_authenticated and (user.is_superuser or bool(_section_ids(user)))


def can_manage_challenges(user):
    """Administrative review and litigation cases (表四) are entered, changed and listed by the general
    office, which answers for the bureau's disclosure work (条例 第四条). The section that handled a
    request reads the cases about it on the request's page (``can_open``); nobody else sees them."""
    return user.is_authenticated and user.is_active and (user.is_superuser or is_office_staff(user))


def can_register_and_assign(user):
    """Receipt confirmation, registration of paper requests and assignment are the general office's."""
    return user.is_authenticated and (user.is_superuser or is_office_staff(user))


def can_approve_extension(user, disclosure_request):
    """依申请公开 第五条 "经负责人同意": a section head or leader in charge of the handling section
    or of the general office (政府信息公开工作机构负责人, 条例 第三十三条)."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return leads_office(user) or leads(user, disclosure_request.handling_section_id)


def log_access(user, requests, action):
    """Write one access-log row per request whose personal data the user saw."""
    from .models import AccessLogEntry

    AccessLogEntry.objects.bulk_create([AccessLogEntry(request=r, user=user, action=action) for r in requests])
