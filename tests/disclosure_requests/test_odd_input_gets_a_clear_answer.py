"""Odd input gets a clear answer, never a 500: the annual statistics take a calendar year in ASCII
digits, and say so when given anything else."""

import pytest
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("year", ["²", "٢٠٢٦", "0", "99999", "9" * 20, "2026x"])
def test_a_bad_year_shows_this_years_statistics_with_a_notice(client, staff, as_user, year):
    as_user(staff.office_clerk)
    response = client.get(reverse("disclosure_requests_admin:statistics"), {"year": year})
    assert response.status_code == 200
    this_year = timezone.localdate().year
    assert response.context["year"] == this_year
    assert f"无效，已显示{this_year}年的统计" in response.content.decode()


def test_a_good_year_is_shown_without_a_notice(client, staff, as_user):
    as_user(staff.office_clerk)
    response = client.get(reverse("disclosure_requests_admin:statistics"), {"year": "2019"})
    assert response.context["year"] == 2019 and "无效" not in response.content.decode()
