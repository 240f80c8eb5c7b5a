import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from operations.setup import setup_access
from organisation.models import Role
from organisation.roles import ADMIN_GROUP
from tests.factories import PASSWORD, SectionFactory, UserFactory, member

LOGIN_URL = reverse("wagtailadmin_login")


@pytest.fixture
def people(db):
    setup_access()

    class People:
        pass

    p = People()
    section = SectionFactory(name="大数据发展科", code="bigdata")
    p.drafter = member(Role.DRAFTER, section, "drafter")
    p.head = member(Role.SECTION_HEAD, section, "head")
    p.office = UserFactory(username="office")
    p.office.groups.add(Group.objects.get(name=ADMIN_GROUP))
    return p


def log_in(client, username, password=PASSWORD, address="203.0.113.10", **headers):
    """Post Wagtail's admin log-in form as a browser at ``address`` does."""
    return client.post(LOGIN_URL, {"username": username, "password": password}, REMOTE_ADDR=address, **headers)


def logged_in(response):
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")
