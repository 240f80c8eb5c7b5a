"""Wagtail groups for the roles of 保密审查 第六条, and their permissions.

Group membership follows section membership: ``sync_user_groups`` is called whenever a
membership changes, so nobody is put into a group by hand. Besides the role groups, each
section has a file library group, kept by ``page_files.libraries`` from the same memberships:
its people see their section's documents and images only.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from .models import Membership, Role

ROLE_GROUPS = {
    Role.DRAFTER: "起草人员",
    Role.SECTION_HEAD: "科室负责人",
    Role.CONFIDENTIALITY_REVIEWER: "保密审查员",
    Role.LEADER_IN_CHARGE: "分管领导",
}
ADMIN_GROUP = "信息公开管理员"

# Page permissions granted on the portal's subtree. 协调机制 第五条 (未经批准不得发布):
# nobody below the leader in charge holds "publish".
PAGE_PERMISSIONS = {
    Role.DRAFTER: ["add_page", "change_page"],
    Role.SECTION_HEAD: ["add_page", "change_page"],
    Role.CONFIDENTIALITY_REVIEWER: ["change_page"],
    Role.LEADER_IN_CHARGE: ["add_page", "change_page", "publish_page"],
}
ADMIN_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"]


def _admin_access():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


@transaction.atomic
def setup_roles(portal_root=None):
    """Create the role groups and grant their permissions, page permissions on ``portal_root``
    (the portal home, passed in by the caller). Idempotent. The sections' file libraries are
    ``page_files.libraries.setup_libraries``; ``operations.setup.setup_access`` runs both."""
    from wagtail.models import GroupPagePermission

    access_admin = _admin_access()
    groups = {role: Group.objects.get_or_create(name=name)[0] for role, name in ROLE_GROUPS.items()}
    admin_group = Group.objects.get_or_create(name=ADMIN_GROUP)[0]
    for group in [*groups.values(), admin_group]:
        group.permissions.add(access_admin)

    # Staff of the general office keep the calendar and the organisation up to date.
    admin_group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=["workdays", "organisation", "disclosure_pages"],
            codename__regex=r"^(add|change|delete|view)_",
        )
    )

    if portal_root is not None:
        grants = [(groups[role], codenames) for role, codenames in PAGE_PERMISSIONS.items()]
        grants.append((admin_group, ADMIN_PAGE_PERMISSIONS))
        for group, codenames in grants:
            for codename in codenames:
                permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
                GroupPagePermission.objects.get_or_create(group=group, page=portal_root, permission=permission)
    for user in get_user_model().objects.filter(section_memberships__isnull=False).distinct():
        sync_user_groups(user)
    return groups


def sync_user_groups(user):
    """Put the user in exactly the role groups their memberships give."""
    roles = set(Membership.objects.filter(user=user).values_list("role", flat=True))
    wanted = {Group.objects.get_or_create(name=ROLE_GROUPS[Role(role)])[0] for role in roles}
    managed = Group.objects.filter(name__in=ROLE_GROUPS.values())
    current = set(user.groups.filter(pk__in=managed.values("pk")))
    if wanted - current:
        user.groups.add(*(wanted - current))
    if current - wanted:
        user.groups.remove(*(current - wanted))
