"""Table 三 of the annual report: requests per applicant column and national outcome, with the
invariant 一 + 二 = 三（七） + 四 in every column."""

import datetime

import pytest
from django.urls import reverse

from disclosure_requests.statistics import COLUMNS, annual_statistics

from .factories import DisclosureRequestFactory, OrganisationApplicantFactory

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def year_2026(staff):
    DisclosureRequestFactory(received_on=D(2025, 12, 20), answered_on=D(2026, 1, 10), state="answered",
                             answer_kind="disclose", outcome="disclosed")
    DisclosureRequestFactory(received_on=D(2026, 3, 2), answered_on=D(2026, 3, 20), state="closed",
                             answer_kind="withhold", outcome="withheld_state_secret", closed_on=D(2026, 3, 21))
    DisclosureRequestFactory(applicant=OrganisationApplicantFactory(organisation_kind="legal_service"),
                             received_on=D(2026, 5, 6), answered_on=D(2026, 5, 20), state="answered",
                             answer_kind="partly_disclose", outcome="partly_disclosed")
    DisclosureRequestFactory(applicant=OrganisationApplicantFactory(organisation_kind="charity"),
                             received_on=D(2026, 12, 28))  # carried into 2027
    DisclosureRequestFactory(received_on=D(2027, 1, 5))  # next year: not counted


def test_counts_per_outcome_and_column(year_2026):
    data = annual_statistics(2026)
    assert data["new"]["natural_person"] == 1 and data["new"]["legal_service"] == 1 and data["new"]["charity"] == 1
    assert data["carried_in"]["natural_person"] == 1
    assert data["outcomes"]["disclosed"]["natural_person"] == 1
    assert data["outcomes"]["withheld_state_secret"]["natural_person"] == 1
    assert data["outcomes"]["partly_disclosed"]["legal_service"] == 1
    assert data["carried_out"]["charity"] == 1
    assert data["results_total"]["total"] == 3


def test_invariant_holds_in_every_column(year_2026):
    data = annual_statistics(2026)
    for column in COLUMNS + ["total"]:
        assert data["new"][column] + data["carried_in"][column] == \
            data["results_total"][column] + data["carried_out"][column]


def test_admin_view_for_the_general_office(client, staff, year_2026, as_user):
    as_user(staff.office_clerk)
    response = client.get(reverse("disclosure_requests_admin:statistics"), {"year": 2026})
    html = response.content.decode()
    assert "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" in html
    assert "1.属于国家秘密" in html and "法律服务机构" in html
    from .factories import denied

    as_user(staff.drafter)
    assert denied(client.get(reverse("disclosure_requests_admin:statistics")))
