"""The 政府信息公开年报 column lists the live reports by year, newest first (the archive); a report page
is served in a bounded number of queries."""

import pytest

from tests.factories import approve_through_chain

from .flow import published_report, report_with_text

pytestmark = pytest.mark.django_db


def test_column_lists_live_reports_newest_first(client, office):
    from assessment.annual_report.publishing import generate_page

    for year in (2023, 2025, 2024):
        published_report(office, year)
    generate_page(report_with_text(2022), office.team.drafter)  # a draft: not listed
    html = client.get("/nianbao/").content.decode()
    positions = [html.index(f'href="/nianbao/{year}/"') for year in (2025, 2024, 2023)]
    assert positions == sorted(positions)
    assert "/nianbao/2022/" not in html


def test_report_page_in_bounded_queries(client, office, records, django_assert_max_num_queries):
    published_report(office)
    client.get("/nianbao/2025/")  # the site root and settings cached as on any page
    with django_assert_max_num_queries(10):
        response = client.get("/nianbao/2025/")
    assert response.status_code == 200


def test_figures_on_the_page_are_those_of_the_approved_revision(client, office, records):
    """A later draft (regenerated or edited) changes nothing public until it is approved."""
    report = published_report(office)
    page = report.page.specific
    page.problems = "修改中的问题说明"
    page.save_revision(user=office.team.drafter)
    assert "修改中的问题说明" not in client.get("/nianbao/2025/").content.decode()
    approve_through_chain(page, office.team)
    assert "修改中的问题说明" in client.get("/nianbao/2025/").content.decode()
