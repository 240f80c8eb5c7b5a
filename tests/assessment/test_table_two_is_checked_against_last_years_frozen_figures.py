"""表二: 现行有效件数(Y) = 现行有效件数(Y−1) + 本年制发件数(Y) − 本年废止件数(Y), checked against last
year's frozen figures; a mismatch is shown with the tables, never corrected silently."""

import pytest
from django.urls import reverse

from assessment.annual_report.layout import compute_figures
from assessment.models import AnnualReport

from .flow import report_with_text
from .records import YEAR

pytestmark = pytest.mark.django_db


def preview(client, as_user, office):
    as_user(office.team.drafter)
    return client.get(reverse("annual_report:preview", args=[YEAR])).content.decode()


def test_consistent_with_last_year(client, as_user, office, records):
    AnnualReport.objects.create(year=YEAR - 1, frozen_figures=compute_figures(YEAR - 1))
    report_with_text()
    html = preview(client, as_user, office)
    assert "表二规章" not in html and "表二行政规范性文件" not in html
    assert "表三以下各列不满足" not in html and "尚未录入" not in html


def test_mismatch_with_last_years_frozen_figures_is_shown(client, as_user, office, records):
    figures = compute_figures(YEAR - 1)
    for row in figures["tables"][0]["rows"]:
        for cell in row:
            if cell.get("key") == "表二/行政规范性文件/现行有效件数":
                cell["text"] = "5"  # as frozen last year, before items were corrected
    AnnualReport.objects.create(year=YEAR - 1, frozen_figures=figures)
    report_with_text()
    html = preview(client, as_user, office)
    assert ("表二行政规范性文件：上年现行有效5件 + 本年制发2件 − 本年废止1件 = 6件，与本年现行有效件数3件不一致"
            in html)
    assert "表二规章" not in html


def test_without_last_years_frozen_figures_the_check_says_so(client, as_user, office):
    report_with_text()
    html = preview(client, as_user, office)
    assert "2024年年报数据尚未冻结，无法核对表二" in html
    assert "尚未录入2025年的行政许可、行政处罚、行政强制处理决定数量和行政事业性收费金额（表二）。" in html
