"""Reproducible (条例 第五十条, issue 12): the figures approved with the report stay on the public page;
a later change to the records shows as a difference in the admin and is never applied silently;
regenerating a closed year gives the same tables."""

import datetime

import pytest
from django.urls import reverse

from assessment.annual_report.layout import compute_figures, figure_cells
from assessment.annual_report.publishing import generate_page
from assessment.models import AnnualReport
from disclosure_pages.models import AnnualReportPage
from disclosure_requests.models import DisclosureRequest, LegalChallenge

from .flow import published_report
from .records import YEAR

pytestmark = pytest.mark.django_db


def change_records(records):
    # A request answered on 30 December is recorded late; a review case decided in 2025 is entered.
    open_request = DisclosureRequest.objects.get(received_on=datetime.date(YEAR, 12, 28))
    DisclosureRequest.objects.filter(pk=open_request.pk).update(
        state="answered", answered_on=datetime.date(YEAR, 12, 30), answer_kind="disclose", outcome="disclosed")
    LegalChallenge.objects.filter(pk=records["pending_case"].pk).update(result="corrected",
                                                                    decided_on=datetime.date(YEAR, 10, 1))


def test_public_page_keeps_frozen_numbers_and_admin_shows_the_difference(client, as_user, office, records):
    report = published_report(office)
    frozen = figure_cells(report.frozen_figures)
    assert frozen["表三/四、结转下年度继续办理/社会公益组织"] == "1"
    change_records(records)

    now = figure_cells(compute_figures(YEAR))
    assert now["表三/四、结转下年度继续办理/社会公益组织"] == "0"
    page = AnnualReportPage.objects.get(year=YEAR)
    assert figure_cells(page.figures) == frozen

    as_user(office.team.drafter)
    html = client.get(reverse("annual_report:preview", args=[YEAR])).content.decode()
    table = html[html.index('id="differences"'):html.index("</table>", html.index('id="differences"'))]
    for key, old, new in [("表三/四、结转下年度继续办理/社会公益组织", "1", "0"),
                          ("表三/（一）予以公开/社会公益组织", "0", "1"),
                          ("表四/行政复议/尚未审结", "2", "1"), ("表四/行政复议/结果纠正", "1", "2")]:
        assert f"<tr><th>{key}</th><td>{old}</td><td>{new}</td></tr>" in table
    # 四, （一） and （七） in two columns each (社会公益组织 and 总计), and 表四's two cells: nothing else.
    assert table.count("<tr><th>表") == 8

    # Regenerating the closed year updates the draft with the frozen figures, not today's.
    new_page = generate_page(AnnualReport.objects.get(year=YEAR), office.team.drafter)
    assert figure_cells(new_page.get_latest_revision_as_object().figures) == frozen

    client.logout()
    public = client.get(f"/nianbao/{YEAR}/").content.decode()
    assert public == client.get(f"/nianbao/{YEAR}/").content.decode()
    assert AnnualReport.objects.get(year=YEAR).frozen_figures == report.frozen_figures


def test_unchanged_records_show_no_difference(client, as_user, office, records):
    published_report(office)
    as_user(office.team.drafter)
    html = client.get(reverse("annual_report:preview", args=[YEAR])).content.decode()
    assert 'id="no-differences"' in html and 'id="differences"' not in html
