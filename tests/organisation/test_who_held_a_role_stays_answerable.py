"""Problem 6: "who was the reviewer that day" must stay answerable (保密审查 第六条). Sections and
memberships keep their history; a person who held a role is deactivated, not deleted; the opinions
they gave keep naming them."""

import datetime

import pytest
from django.db import transaction
from django.db.models.deletion import ProtectedError
from django.urls import reverse
from django.utils import timezone

from moderation.models import ReviewOpinion, ReviewStep
from moderation.workflow import setup_review_workflow
from organisation.models import Membership, Role, Section
from organisation.role_history import holders_on, role_periods
from tests.factories import (
    DisclosureItemPageFactory,
    SectionFactory,
    UserFactory,
    approve_through_chain,
    general_office,
    member,
    review_team,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def office_staff():
    return UserFactory(username="root", is_superuser=True, is_staff=True)


def at(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))


def backdate(membership, *dates):
    """The membership's history rows, oldest first, as if they had been written on ``dates``."""
    rows = list(Membership.history.filter(id=membership.pk).order_by("history_date", "history_id"))
    assert len(rows) == len(dates)
    for row, day in zip(rows, dates):
        Membership.history.filter(history_id=row.history_id).update(history_date=at(day))


def test_a_reviewer_who_left_is_still_named_on_the_approval_form_and_in_the_role_history(
    client, portal, office_staff
):
    setup_review_workflow(portal.home)
    section = SectionFactory(name="数据资源科", code="data")
    team = review_team(section, "a")
    page = DisclosureItemPageFactory(parent=portal.categories["other"], publisher=section, live=False)
    submission = approve_through_chain(page, team=team)
    opinion = ReviewOpinion.objects.get(submission=submission, step=ReviewStep.CONFIDENTIALITY_REVIEW)
    membership = Membership.objects.get(user=team.reviewer, role=Role.CONFIDENTIALITY_REVIEWER)

    # The reviewer leaves the office: the general office removes the membership in the admin.
    client.force_login(office_staff)
    response = client.post(reverse("wagtailsnippets_organisation_membership:delete", args=[membership.pk]))
    assert response.status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()

    client.force_login(team.head)
    html = client.get(reverse("moderation:approval_form", args=[submission.pk])).content.decode()
    assert "a_reviewer" in html and opinion.comment in html
    office = general_office()
    opinion_day = timezone.localdate(opinion.created_at)
    assert list(holders_on(office, Role.CONFIDENTIALITY_REVIEWER, opinion_day)) == [team.reviewer]
    (period,) = role_periods(user=team.reviewer)
    assert period.section_id == office.pk and period.role == Role.CONFIDENTIALITY_REVIEWER
    assert period.start <= opinion.created_at <= period.end

    # When, on the calendar: joined on 2 January, left on 30 June.
    backdate(membership, datetime.date(2025, 1, 2), datetime.date(2025, 6, 30))
    assert list(holders_on(office, Role.CONFIDENTIALITY_REVIEWER, datetime.date(2025, 3, 1))) == [team.reviewer]
    assert list(holders_on(office, Role.CONFIDENTIALITY_REVIEWER, datetime.date(2025, 6, 30))) == [team.reviewer]
    assert not holders_on(office, Role.CONFIDENTIALITY_REVIEWER, datetime.date(2025, 7, 1)).exists()
    assert not holders_on(office, Role.CONFIDENTIALITY_REVIEWER, datetime.date(2025, 1, 1)).exists()


def test_a_changed_role_keeps_the_earlier_one():
    section = SectionFactory()
    user = member(Role.DRAFTER, section)
    membership = Membership.objects.get(user=user)
    membership.role = Role.SECTION_HEAD
    membership.save()
    backdate(membership, datetime.date(2024, 9, 1), datetime.date(2025, 4, 1))

    assert [(p.role, timezone.localdate(p.start)) for p in role_periods(user=user)] == [
        (Role.DRAFTER, datetime.date(2024, 9, 1)),
        (Role.SECTION_HEAD, datetime.date(2025, 4, 1)),
    ]
    assert list(holders_on(section, Role.DRAFTER, datetime.date(2025, 1, 1))) == [user]
    assert list(holders_on(section, Role.SECTION_HEAD, datetime.date(2025, 5, 1))) == [user]
    assert not holders_on(section, Role.SECTION_HEAD, datetime.date(2025, 1, 1)).exists()


def test_a_renamed_section_keeps_its_old_name():
    section = SectionFactory(name="数据资源科")
    section.name = "数据资源管理科"
    section.save()
    assert [h.name for h in Section.history.filter(id=section.pk).order_by("history_date")] == [
        "数据资源科", "数据资源管理科"
    ]


def test_a_person_who_held_a_role_is_not_deleted(client, office_staff):
    section = SectionFactory()
    user = member(Role.DRAFTER, section, "former_drafter")
    with pytest.raises(ProtectedError):
        user.delete()  # still a member
    Membership.objects.filter(user=user).delete()
    with pytest.raises(ProtectedError) as refusal, transaction.atomic():
        user.delete()  # a former member, named in the history
    assert "有任职记录" in str(refusal.value.args[0])

    client.force_login(office_staff)
    response = client.post(reverse("wagtailusers_users:delete", args=[user.pk]), follow=True)
    assert any("有任职记录" in str(m) for m in response.context["messages"])
    bulk = reverse("wagtail_bulk_action", args=(user._meta.app_label, user._meta.model_name, "delete"))
    response = client.post(f"{bulk}?id={user.pk}", follow=True)
    assert any("有任职记录" in str(m) for m in response.context["messages"])
    assert type(user).objects.filter(pk=user.pk).exists()
    assert Membership.history.filter(user_id=user.pk).count() == 2


def test_a_person_who_never_held_a_role_can_be_deleted(client, office_staff):
    user = UserFactory(username="visitor")
    client.force_login(office_staff)
    client.post(reverse("wagtailusers_users:delete", args=[user.pk]))
    assert not type(user).objects.filter(pk=user.pk).exists()
