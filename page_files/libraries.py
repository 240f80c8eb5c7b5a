"""科室文件库: each section's documents and images live in a Wagtail collection of its own.

保密审查 第三条 (谁主管、谁负责): a section's people — members of its group, whatever their role —
add, change and choose the files of their section and see no other section's. The general office
staff group (信息公开管理员) holds the same permissions on the root collection, so sees every
section's files, as superusers do. Group membership follows ``organisation.Membership``
(``organisation.roles.sync_user_groups``).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission

from organisation.models import Section
from organisation.roles import COLLECTION_PERMISSIONS

from .models import SectionLibrary


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
    from organisation.roles import sync_user_groups

    for section in Section.objects.all():
        library = ensure_section_library(section)
        grant_collection_permissions(library.group, library.collection)
    for user in get_user_model().objects.filter(section_memberships__isnull=False).distinct():
        sync_user_groups(user)


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
