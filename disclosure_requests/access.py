"""Who may open a request (个人信息保护法: access limited to those whose duty needs it).

Only the handling section, the general office (办公室, which runs disclosure) and superusers.
"""

from organisation.models import Membership, Role


def _memberships(user):
    """(section id, is general office, role) of the user's memberships, read once per user object
    (one per HTTP request), so a list page does not ask again for every row."""
    cached = getattr(user, "_disclosure_request_memberships", None)
    if cached is None:
        cached = list(Membership.objects.filter(user=user).values_list("section_id", "section__is_general_office", "role"))
        user._disclosure_request_memberships = cached
    return cached


def is_general_office_staff(user):
    return user.is_authenticated and any(is_office for _, is_office, _ in _memberships(user))


def _section_ids(user):
    return {section_id for section_id, _, _ in _memberships(user)}


def visible_requests(queryset, user):
    if not user.is_authenticated or not user.is_active:
        return queryset.none()
    if user.is_superuser or is_general_office_staff(user):
        return queryset
    return queryset.filter(handling_section_id__in=_section_ids(user))


def can_open(user, disclosure_request):
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or is_general_office_staff(user):
        return True
    return disclosure_request.handling_section_id is not None and disclosure_request.handling_section_id in _section_ids(user)


def can_use_requests(user):
    """Whether the admin menu shows 依申请公开 at all."""
    return user.is_authenticated and (user.is_superuser or bool(_memberships(user)))


def can_register_and_assign(user):
    """Receipt confirmation, registration of paper requests and assignment are the general office's."""
    return user.is_authenticated and (user.is_superuser or is_general_office_staff(user))


def can_approve_extension(user, disclosure_request):
    """依申请公开 第五条 "经负责人同意": a section head or leader in charge of the handling section
    or of the general office (政府信息公开工作机构负责人, 条例 第三十三条)."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return any(
        role in (Role.SECTION_HEAD, Role.LEADER_IN_CHARGE)
        and (is_office or section_id == disclosure_request.handling_section_id)
        for section_id, is_office, role in _memberships(user)
    )


def has_role(user, role, section_id=None, in_general_office=False):
    """Holds ``role`` in the section ``section_id``, or (``in_general_office``) in the general office."""
    if not user.is_authenticated or not user.is_active:
        return False
    return any(
        held == role and ((in_general_office and is_office) or (section_id is not None and sid == section_id))
        for sid, is_office, held in _memberships(user)
    )


def log_access(user, requests, action):
    """Write one access-log row per request whose personal data the user saw."""
    from .models import AccessLogEntry

    AccessLogEntry.objects.bulk_create([AccessLogEntry(request=r, user=user, action=action) for r in requests])
