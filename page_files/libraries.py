"""科室文件库: each section's documents and images live in a Wagtail collection of its own.

保密审查 第三条 (谁主管、谁负责): a section's people — members of its group, whatever their role —
add, change and choose the files of their section and see no other section's. The general office
staff group (信息公开管理员) holds the same permissions on the root collection, so sees every
section's files, as superusers do. Group membership follows ``organisation.Membership``
(``sync_library_groups``, on every change of a membership: ``page_files.signals``).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission

from organisation.models import Membership, Section
from organisation.roles import ADMIN_GROUP, ROLE_GROUPS

from .models import SectionLibrary

# Granted on a section's collection to its library group, and on the root collection to the
# general office staff (who see every section's files). 保密审查 第三条: 谁主管、谁负责.
COLLECTION_PERMISSIONS = {
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
    "wagtailimages": ["add_image", "change_image", "choose_image"],
}


def library_group_name(section):
    return f"{section.name}·文件库"


def collection_permissions():
    """The add/change/choose permissions of documents and images (``COLLECTION_PERMISSIONS``)."""
    wanted = [(app_label, codename) for app_label, codenames in COLLECTION_PERMISSIONS.items() for codename in codenames]
    permissions = Permission.objects.filter(
        content_type__app_label__in=COLLECTION_PERMISSIONS, codename__in=[codename for _, codename in wanted]
    ).select_related("content_type")
    return [p for p in permissions if (p.content_type.app_label, p.codename) in wanted]


def grant_collection_permissions(group, collection):
    for permission in collection_permissions():
        GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)


@transaction.atomic
def ensure_section_library(section):
    """The section's collection and group, created on first call and renamed with the section."""
    library = SectionLibrary.objects.select_related("collection", "group").filter(section=section).first()
    if library is None:
        root = Collection.get_first_root_node() or Collection.add_root(name="Root")
        # A collection the office made by hand for the section is adopted rather than doubled.
        collection = root.get_children().filter(name=section.name, section_library__isnull=True).first()
        collection = collection or root.add_child(name=section.name)
        group, _ = Group.objects.get_or_create(name=library_group_name(section))
        library = SectionLibrary.objects.create(section=section, collection=collection, group=group)
        grant_collection_permissions(group, collection)
        return library
    if library.collection.name != section.name:
        library.collection.name = section.name
        library.collection.save(update_fields=["name"])
    if library.group.name != library_group_name(section):
        library.group.name = library_group_name(section)
        library.group.save(update_fields=["name"])
    return library


def ensure_section_libraries():
    """A library for every section, its permissions granted and its people in its group (idempotent)."""
    for section in Section.objects.all():
        library = ensure_section_library(section)
        grant_collection_permissions(library.group, library.collection)
    for user in get_user_model().objects.filter(section_memberships__isnull=False).distinct():
        sync_library_groups(user)


@transaction.atomic
def setup_libraries():
    """Every section's library, and the root collection to the general office staff only (idempotent)."""
    root_collection = Collection.get_first_root_node()
    if root_collection:
        # Role groups span sections, so they hold no collection permissions: a drafter of one
        # section must not see or choose another's files.
        GroupCollectionPermission.objects.filter(
            group__name__in=ROLE_GROUPS.values(), collection=root_collection,
            permission__content_type__app_label__in=COLLECTION_PERMISSIONS,
        ).delete()
        grant_collection_permissions(Group.objects.get_or_create(name=ADMIN_GROUP)[0], root_collection)
    ensure_section_libraries()


def sync_library_groups(user):
    """Put the user in exactly the library groups of the sections they are a member of."""
    section_ids = set(Membership.objects.filter(user=user).values_list("section_id", flat=True))
    wanted = set(section_library_groups(section_ids))
    current = set(user.groups.filter(pk__in=section_library_groups().values("pk")))
    if wanted - current:
        user.groups.add(*(wanted - current))
    if current - wanted:
        user.groups.remove(*(current - wanted))


def remove_section_library(section):
    """A deleted section's people lose its group; its files stay in the collection (the office sees them)."""
    library = SectionLibrary.objects.filter(section=section).select_related("group").first()
    if library is not None:
        group = library.group
        library.delete()
        group.delete()


def section_library_groups(section_ids=None):
    """The library groups of ``section_ids`` (of every section when None)."""
    groups = Group.objects.filter(section_library__isnull=False)
    if section_ids is not None:
        groups = groups.filter(section_library__section_id__in=list(section_ids))
    return groups


def library_collection(section):
    """The collection where files of ``section`` belong."""
    return ensure_section_library(section).collection
