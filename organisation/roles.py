"""Wagtail groups for the roles of 保密审查 第六条, and their permissions.

Group membership follows section membership: ``sync_user_groups`` is called whenever a
membership changes, so nobody is put into a group by hand. Besides the role groups, each
section has a file library group (``page_files.libraries``): its people see their section's
documents and images only.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q

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

# Granted on a section's collection to its library group, and on the root collection to the
# general office staff (who see every section's files). 保密审查 第三条: 谁主管、谁负责.
COLLECTION_PERMISSIONS = {
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
    "wagtailimages": ["add_image", "change_image", "choose_image"],
}


def _admin_access():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


@transaction.atomic
def setup_roles(portal_root=None):
    """Create the role groups and grant their permissions. Idempotent."""
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

    from page_files.libraries import ensure_section_libraries, grant_collection_permissions

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

    root_collection = Collection.get_first_root_node()
    if root_collection:
        # Role groups span sections, so they hold no collection permissions: a drafter of one
        # section must not see or choose another's files (page_files.libraries).
        GroupCollectionPermission.objects.filter(
            group__in=groups.values(), collection=root_collection,
            permission__content_type__app_label__in=COLLECTION_PERMISSIONS,
        ).delete()
        grant_collection_permissions(admin_group, root_collection)
    ensure_section_libraries()

    if portal_root is not None:
        grants = [(groups[role], codenames) for role, codenames in PAGE_PERMISSIONS.items()]
        grants.append((admin_group, ADMIN_PAGE_PERMISSIONS))
        for group, codenames in grants:
            for codename in codenames:
                permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
                GroupPagePermission.objects.get_or_create(group=group, page=portal_root, permission=permission)
    return groups


def sync_user_groups(user):
    """Put the user in exactly the role groups and section library groups their memberships give."""
    from page_files.libraries import section_library_groups

    memberships = list(Membership.objects.filter(user=user).values_list("section_id", "role"))
    wanted = {Group.objects.get_or_create(name=ROLE_GROUPS[Role(role)])[0] for role in {r for _, r in memberships}}
    wanted |= set(section_library_groups({section_id for section_id, _ in memberships}))
    managed = Group.objects.filter(
        Q(name__in=ROLE_GROUPS.values()) | Q(pk__in=section_library_groups().values("pk"))
    )
    current = set(user.groups.filter(pk__in=managed.values("pk")))
    if wanted - current:
        user.groups.add(*(wanted - current))
    if current - wanted:
        user.groups.remove(*(current - wanted))
