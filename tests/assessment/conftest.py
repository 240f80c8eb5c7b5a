import pytest
from django.http import HttpRequest

from moderation.workflow import setup_review_workflow
from tests.factories import PASSWORD, ContentPageFactory, general_office, review_team

from .records import build_year_of_records


class Office:
    """The portal with its 年报 column and the office's review team (drafter, head, reviewer, leader)."""


@pytest.fixture
def office(portal):
    o = Office()
    o.portal = portal
    setup_review_workflow(portal.home)
    o.section = general_office()
    o.team = review_team(o.section, "o")
    o.column = ContentPageFactory(parent=portal.home, title="政府信息公开年报", slug="nianbao")
    return o


@pytest.fixture
def records(office):
    return build_year_of_records(office)


@pytest.fixture
def as_user(client):
    def _as(user):
        client.logout()
        assert client.login(request=HttpRequest(), username=user.username, password=PASSWORD)
        return client

    return _as
