"""The demo (条例 第四十九条): the last full year's annual report is live under 政府信息公开年报, its tables
filled from the demo records, its figures frozen by the leader's approval, its files downloadable."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from assessment.annual_report.layout import compute_figures, figure_cells
from assessment.models import AnnualReport
from disclosure_pages.models import AnnualReportPage

pytestmark = pytest.mark.django_db


def test_demo_report_of_last_year_is_live_and_frozen(client, capsys):
    call_command("load_demo", items=40)
    capsys.readouterr()
    year = timezone.localdate().year - 1
    page = AnnualReportPage.objects.get(year=year)
    report = AnnualReport.objects.get(year=year)
    assert page.live and report.page_id == page.pk and report.frozen_at is not None
    assert figure_cells(report.frozen_figures) == figure_cells(compute_figures(year))
    html = client.get("/nianbao/").content.decode()
    assert f'href="/nianbao/{year}/"' in html
    html = client.get(f"/nianbao/{year}/").content.decode()
    assert "三、收到和处理政府信息公开申请情况" in html and "（一）主动公开" in html
    assert "\u884c\u653f\u8bb8\u53ef" in html and ">36<" in html  # 行政许可 as the office entered it
    assert client.get(f"/nianbao-xiazai/{year}.pdf").content.startswith(b"%PDF")
    call_command("load_demo", items=40)  # idempotent
    assert AnnualReportPage.objects.filter(year=year).count() == 1
