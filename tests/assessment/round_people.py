"""The people of an assessment round: the office, two sections with their review teams."""

import datetime

import pytest
from django.utils import timezone

from assessment.models import AssessmentRound, AssessmentScope
from organisation.models import Role
from tests.factories import SectionFactory, general_office, member, review_team


class People:
    """The office and two sections' people of a round, as attributes."""


@pytest.fixture(name="people")
def people_fixture(portal, settings, tmp_path):
    settings.ASSESSMENT_PRIVATE_ROOT = tmp_path / "assessment"
    p = People()
    p.portal = portal
    p.office = general_office()
    p.clerk = member(Role.DRAFTER, p.office, "office_clerk")
    p.section_a = SectionFactory(name="数据资源科", code="data")
    p.section_b = SectionFactory(name="信息化建设科", code="infra")
    p.a = review_team(p.section_a, "a")
    p.b = review_team(p.section_b, "b")
    return p


def make_round(year=2025, scope=AssessmentScope.KEY, sections=(), due_in_days=10):
    round_ = AssessmentRound.objects.create(
        year=year, scope=scope, notice="请各科室对照考核评议制度第五条开展自查。",
        self_check_due=timezone.localdate() + datetime.timedelta(days=due_in_days))
    round_.sections.set(sections)
    return round_
