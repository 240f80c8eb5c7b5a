"""保密审查 第六条: four different people, each at the step their role gives them
(organisation.Membership: drafter, section head of the request's section; confidentiality reviewer of
the general office; leader in charge of the section), and their opinions are never changed or deleted."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from disclosure_requests import services
from disclosure_requests.models import ReleaseOpinion
from organisation.models import Role
from tests.factories import member

from .factories import give_opinion

pytestmark = pytest.mark.django_db


def test_one_person_gives_one_opinion_whatever_roles_they_hold(staff, proposed):
    from tests.factories import MembershipFactory

    MembershipFactory(user=staff.drafter, section=staff.section, role=Role.SECTION_HEAD)
    both = type(staff.drafter).objects.get(pk=staff.drafter.pk)  # drafter and head of the section
    services.give_release_opinion(proposed, both, "approved", "同意")
    with pytest.raises(PermissionDenied, match="一人只能提出一项意见"):
        services.give_release_opinion(proposed, both, "approved", "同意")
    services.give_release_opinion(proposed, staff.head, "approved", "同意")
    assert ReleaseOpinion.objects.filter(proposal=proposed).count() == 2


def test_the_database_refuses_a_second_opinion_by_the_same_person(staff, proposed):
    services.give_release_opinion(proposed, staff.drafter, "approved", "同意")
    with pytest.raises(IntegrityError), transaction.atomic():
        ReleaseOpinion.objects.create(proposal=proposed, step=2, reviewer=staff.drafter, outcome="approved")


@pytest.mark.parametrize(
    ("step", "who"),
    [(1, "head"), (1, "office_clerk"), (1, "reviewer"), (2, "drafter_of_other_section_head"), (2, "office_head"),
     (3, "office_clerk"), (3, "office_head"), (4, "other_leader"), (4, "head")],
)
def test_only_the_steps_role_may_act(staff, proposed, step, who):
    from disclosure_requests import release_review

    people = {
        "drafter_of_other_section_head": member(Role.SECTION_HEAD, staff.other_section, "plan_head"),
        "other_leader": member(Role.LEADER_IN_CHARGE, staff.other_section, "plan_leader"),
    }
    user = people.get(who) or getattr(staff, who)
    for earlier in staff.release_team[:step - 1]:
        services.give_release_opinion(proposed, earlier, "approved", "同意")
    proposal = release_review.current_proposal(proposed.request)
    with pytest.raises(PermissionDenied):
        services.give_release_opinion(proposal, user, "approved", "同意")
    assert ReleaseOpinion.objects.filter(proposal=proposed).count() == step - 1


def test_a_wrong_role_in_the_admin_is_told_and_nothing_is_recorded(client, staff, proposed, received):
    response = give_opinion(client, staff.head, received)  # step 1 is the drafter's
    assert response.status_code == 302
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("只能由起草科室工作人员提出" in m for m in messages)
    assert not ReleaseOpinion.objects.exists()


def test_opinions_are_never_changed_or_deleted(staff, proposed):
    opinion = services.give_release_opinion(proposed, staff.drafter, "approved", "同意")
    opinion.comment = "改过的意见"
    with pytest.raises(ValidationError, match="不得修改"):
        opinion.save()
    with pytest.raises(ValidationError, match="不得删除"):
        opinion.delete()
    proposed.answer_content = "改过的答复"
    with pytest.raises(ValidationError, match="不得修改"):
        proposed.save()
    with pytest.raises(Exception):  # noqa: B017 - PROTECT: the request keeps its review records
        proposed.request.delete()
    assert ReleaseOpinion.objects.get().comment == "同意"
