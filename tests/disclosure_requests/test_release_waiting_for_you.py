"""Dashboard: each person sees the answers waiting for their release opinion, and nobody else's."""

import pytest
from django.urls import reverse

from disclosure_requests import services
from organisation.models import Role
from tests.factories import member

from .factories import DisclosureRequestFactory

pytestmark = pytest.mark.django_db
HEADING = "依申请公开：待我审查的答复"


def panel(client, user):
    from .conftest import login

    client.logout()
    html = login(client, user).get(reverse("wagtailadmin_home")).content.decode()
    assert HEADING in html
    return html.split(HEADING, 1)[1].split("</section>", 1)[0]


def test_the_answer_moves_from_panel_to_panel(client, staff, proposed, received):
    number = received.tracking_number
    other_head = member(Role.SECTION_HEAD, staff.other_section, "plan_head")
    for index, user in enumerate(staff.release_team):
        assert number in panel(client, user), user.username
        for later in staff.release_team[index + 1:]:
            assert number not in panel(client, later), later.username
        assert number not in panel(client, other_head)
        services.give_release_opinion(proposed, user, "approved", "同意")
    for user in staff.release_team:
        assert number not in panel(client, user)


def test_panel_costs_the_same_queries_for_more_waiting_answers(client, staff, proposed, received,
                                                                django_assert_max_num_queries):
    from .conftest import DISCLOSING_ANSWER, login

    login(client, staff.drafter)
    client.get(reverse("wagtailadmin_home"))
    with django_assert_max_num_queries(200) as one:
        client.get(reverse("wagtailadmin_home"))
    for _ in range(4):
        r = DisclosureRequestFactory(received_on=received.received_on, handling_section=staff.section)
        services.answer(r, staff.drafter, **DISCLOSING_ANSWER)
    with django_assert_max_num_queries(len(one.captured_queries)):
        html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert html.count("#release-review") == 5
