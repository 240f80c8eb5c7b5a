import pytest
from django.core.cache import cache
from django.http import HttpRequest
from wagtail.utils.sendfile import _get_sendfile

from tests.factories import PASSWORD, SectionFactory, general_office, member


@pytest.fixture(autouse=True)
def file_storage(settings, tmp_path):
    """Each test stores its files in a folder of its own, and starts with Django streaming them."""
    settings.MEDIA_ROOT = tmp_path / "files"
    cache.clear()  # Wagtail caches renditions, whose files were in another test's folder
    _get_sendfile.clear()  # Wagtail caches SENDFILE_BACKEND on first use
    yield settings.MEDIA_ROOT
    cache.clear()
    _get_sendfile.clear()


class People:
    """Section A and section B with a drafter each, the office's reviewer and office staff."""


@pytest.fixture
def people(portal):
    from django.contrib.auth.models import Group

    from organisation.models import Role
    from organisation.roles import ADMIN_GROUP

    p = People()
    p.section_a = SectionFactory(name="数据资源科", code="data")
    p.section_b = SectionFactory(name="信息化建设科", code="infra")
    p.drafter_a = member(Role.DRAFTER, p.section_a, "a_drafter")
    p.head_a = member(Role.SECTION_HEAD, p.section_a, "a_head")
    p.drafter_b = member(Role.DRAFTER, p.section_b, "b_drafter")
    p.reviewer = member(Role.CONFIDENTIALITY_REVIEWER, general_office(), "reviewer")
    p.office = member(Role.DRAFTER, general_office(), "office")
    p.office.groups.add(Group.objects.get(name=ADMIN_GROUP))
    return p


def login(client, user):
    assert client.login(request=HttpRequest(), username=user.username, password=PASSWORD)
    return client
