"""保密审查 第三条 (谁主管、谁负责): each section's documents and images live in its own collection.
Its people add, change and choose them; another section's people neither see, choose, edit nor
replace them; the general office staff (信息公开管理员) and superusers see every library."""

import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import Collection, GroupCollectionPermission

from operations.setup import setup_access
from organisation.models import Membership, Role
from organisation.roles import ROLE_GROUPS
from page_files.models import SectionLibrary
from tests.factories import SectionFactory, member

from .conftest import login
from .factories import document, image

pytestmark = pytest.mark.django_db

XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


def test_a_new_section_gets_its_collection_and_group():
    section = SectionFactory(name="规划财务科", code="ghcw")
    library = SectionLibrary.objects.get(section=section)
    assert library.collection.name == "规划财务科" and library.collection.get_parent().is_root()
    granted = set(GroupCollectionPermission.objects.filter(group=library.group, collection=library.collection)
                  .values_list("permission__codename", flat=True))
    assert granted == {"add_document", "change_document", "choose_document", "add_image", "change_image",
                       "choose_image"}
    section.name = "财务科"
    section.save()
    library.refresh_from_db()
    assert library.collection.name == "财务科" and Group.objects.get(pk=library.group_id).name == "财务科·文件库"


def test_membership_puts_people_in_their_sections_library_group():
    a, b = SectionFactory(), SectionFactory()
    leader = member(Role.LEADER_IN_CHARGE, a)
    Membership.objects.create(user=leader, section=b, role=Role.LEADER_IN_CHARGE)
    assert set(leader.groups.filter(section_library__isnull=False)) == {a.library.group, b.library.group}
    Membership.objects.filter(user=leader, section=a).delete()
    assert set(leader.groups.filter(section_library__isnull=False)) == {b.library.group}


def test_setup_access_gives_role_groups_no_library_and_libraries_to_existing_sections(portal):
    root = Collection.get_first_root_node()
    section = SectionFactory()
    drafter = member(Role.DRAFTER, section)
    # As a database from before the libraries: role groups on the root collection, no library.
    library = section.library
    library.delete()
    Group.objects.filter(pk=library.group_id).delete()
    choose = Permission.objects.get(codename="choose_document")
    for group in Group.objects.filter(name__in=ROLE_GROUPS.values()):
        GroupCollectionPermission.objects.create(group=group, collection=root, permission=choose)

    setup_access(portal_root=portal.home)
    setup_access(portal_root=portal.home)  # idempotent

    assert not GroupCollectionPermission.objects.filter(group__name__in=ROLE_GROUPS.values()).exists()
    assert GroupCollectionPermission.objects.filter(group__name="信息公开管理员", collection=root).count() == 6
    assert drafter.groups.filter(pk=SectionLibrary.objects.get(section=section).group_id).exists()


def test_other_sections_documents_are_neither_listed_chosen_nor_edited(portal, people):
    doc_a = document(people.section_a, title="甲科室的附件")
    doc_b = document(people.section_b, title="乙科室的附件")
    client = login(Client(), people.drafter_b)

    listing = client.get(reverse("wagtaildocs:index")).content.decode()
    assert "乙科室的附件" in listing and "甲科室的附件" not in listing
    chooser = json.loads(client.get(reverse("wagtaildocs_chooser:choose"), **XHR).content)["html"]
    assert "乙科室的附件" in chooser and "甲科室的附件" not in chooser
    assert client.get(reverse("wagtaildocs_chooser:chosen", args=[doc_a.pk]), **XHR).status_code == 403
    assert client.get(reverse("wagtaildocs:edit", args=[doc_a.pk]), **XHR).status_code == 403
    edit = client.get(reverse("wagtaildocs:edit", args=[doc_a.pk]))
    assert edit.status_code == 302 and edit.url == reverse("wagtailadmin_home")
    response = client.post(reverse("wagtaildocs:edit", args=[doc_a.pk]), {
        "title": "改掉", "collection": doc_b.collection_id, "tags": "",
        "file": SimpleUploadedFile("x.txt", b"x"),
    })
    assert response.status_code == 302
    assert Document.objects.get(pk=doc_a.pk).title == "甲科室的附件"
    assert client.get(reverse("wagtaildocs:edit", args=[doc_b.pk])).status_code == 200


def test_other_sections_images_are_neither_listed_chosen_nor_edited(portal, people):
    image(people.section_a, title="甲科室的图片")
    img_a = image(people.section_a, title="甲科室的第二张图片")
    image(people.section_b, title="乙科室的图片")
    client = login(Client(), people.drafter_b)
    listing = client.get(reverse("wagtailimages:index")).content.decode()
    assert "乙科室的图片" in listing and "甲科室的图片" not in listing
    chooser = json.loads(client.get(reverse("wagtailimages_chooser:choose"), **XHR).content)["html"]
    assert "乙科室的图片" in chooser and "甲科室的图片" not in chooser
    assert client.get(reverse("wagtailimages:edit", args=[img_a.pk]), **XHR).status_code == 403


def test_uploads_go_to_the_users_own_library_only(portal, people):
    client = login(Client(), people.drafter_a)
    own, other = people.section_a.library.collection, people.section_b.library.collection
    form = client.get(reverse("wagtaildocs:add")).content.decode()
    assert other.name not in form
    # A collection of another section in the request is ignored: the upload lands in the user's own.
    client.post(reverse("wagtaildocs:add"), {
        "title": "越权上传", "collection": other.pk, "tags": "", "file": SimpleUploadedFile("a.txt", b"a"),
    })
    assert Document.objects.get(title="越权上传").collection == own
    assert not Document.objects.filter(collection=other).exists()


def test_office_staff_and_superusers_see_every_library(portal, people):
    document(people.section_a, title="甲科室的附件")
    document(people.section_b, title="乙科室的附件")
    for user in [people.office, member(Role.DRAFTER, people.section_a, "boss")]:
        if user.username == "boss":
            user.is_superuser = True
            user.save()
        listing = login(Client(), user).get(reverse("wagtaildocs:index")).content.decode()
        assert "甲科室的附件" in listing and "乙科室的附件" in listing, user.username
