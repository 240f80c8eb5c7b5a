"""Demo sections and one user per role, with passwords printed by ``load_demo``."""

from django.contrib.auth import get_user_model

from organisation.models import Membership, Role, Section
from organisation.roles import ADMIN_GROUP

DEMO_PASSWORD = "gongkai2026"

SECTIONS = [
    # name, code, is_general_office
    ("办公室", "office", True),
    ("大数据发展科", "dsj", False),
    ("信息化建设科", "xxh", False),
    ("数据资源科", "sjzy", False),
    ("规划财务科", "ghcw", False),
]

# username, full name, [(section code, role)], superuser, admin group
USERS = [
    ("admin", "系统管理员", [], True, False),
    ("office", "王办公（信息公开管理员）", [], False, True),
    ("drafter", "李起草", [("dsj", Role.DRAFTER)], False, False),
    ("head", "张科长", [("dsj", Role.SECTION_HEAD)], False, False),
    ("drafter2", "赵起草", [("xxh", Role.DRAFTER)], False, False),
    ("head2", "孙科长", [("xxh", Role.SECTION_HEAD)], False, False),
    # 办公室 owns the guide, the rules and the catalogue's pages: its head gives step 2 on them.
    ("officehead", "陈主任（办公室）", [("office", Role.SECTION_HEAD)], False, False),
    ("reviewer", "周保密", [("office", Role.CONFIDENTIALITY_REVIEWER)], False, False),
    (
        "leader",
        "吴局长（分管领导）",
        [(code, Role.LEADER_IN_CHARGE) for _, code, _ in SECTIONS],
        False,
        False,
    ),
]


def ensure_sections():
    sections = {}
    for order, (name, code, general) in enumerate(SECTIONS):
        section, _ = Section.objects.get_or_create(
            code=code, defaults={"name": name, "is_general_office": general, "sort_order": order}
        )
        sections[code] = section
    return sections


def ensure_users(sections):
    """Create the demo users (idempotent) and return rows for the log-in table."""
    from django.contrib.auth.models import Group

    User = get_user_model()
    rows = []
    for username, full_name, memberships, superuser, office_admin in USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": full_name, "email": f"{username}@example.gov.cn", "is_superuser": superuser,
                      "is_staff": superuser},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        for code, role in memberships:
            Membership.objects.get_or_create(user=user, section=sections[code], role=role)
        if office_admin:
            user.groups.add(Group.objects.get(name=ADMIN_GROUP))
            Membership.objects.get_or_create(user=user, section=sections["office"], role=Role.DRAFTER)
        role_text = "超级管理员" if superuser else ("信息公开管理员" if office_admin else "、".join(
            sorted({Role(role).label for _, role in memberships})))
        section_text = "、".join(sorted({sections[code].name for code, _ in memberships})) or "办公室"
        rows.append((username, DEMO_PASSWORD, role_text, section_text))
    return rows
