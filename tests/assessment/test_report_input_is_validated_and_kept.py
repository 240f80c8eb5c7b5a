"""表二's figures from other systems are entered per year by the office: no negative numbers, no future
year; a refused form says why in Chinese and keeps what was typed."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from assessment.models import AnnualReport, ExternalFigures
from disclosure_pages.models import ContentPage

from .flow import report_with_text
from .records import YEAR

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    data = {f"narrative-{name}": f"{name} 的文字" for name in AnnualReport.NARRATIVE_FIELDS}
    data.update({"figures-licensing_decisions": "12", "figures-penalty_decisions": "3",
                 "figures-enforcement_decisions": "0", "figures-fees_collected": "1.2500"})
    data.update(overrides)
    return data


def test_office_saves_narrative_and_figures(client, as_user, office):
    report_with_text()
    as_user(office.team.drafter)
    response = client.post(reverse("annual_report:edit", args=[YEAR]), form_data())
    assert response.status_code == 302
    assert AnnualReport.objects.get(year=YEAR).problems == "problems 的文字"
    figures = ExternalFigures.objects.get(year=YEAR)
    assert (figures.licensing_decisions, str(figures.fees_collected)) == (12, "1.2500")


@pytest.mark.parametrize("field", ["figures-penalty_decisions", "figures-fees_collected"])
def test_negative_figures_are_refused_and_the_text_is_kept(client, as_user, office, field):
    report_with_text()
    as_user(office.team.drafter)
    response = client.post(reverse("annual_report:edit", args=[YEAR]), form_data(**{field: "-1"}))
    html = response.content.decode()
    assert response.status_code == 200 and "不能为负数" in html and "未能保存" in html
    assert "problems 的文字" in html  # what was typed is still in the form
    assert not ExternalFigures.objects.exists()
    assert AnnualReport.objects.get(year=YEAR).problems != "problems 的文字"


def test_no_report_or_figures_for_a_future_year(client, as_user, office):
    next_year = timezone.localdate().year + 1
    as_user(office.team.drafter)
    response = client.post(reverse("annual_report:index"), {"year": next_year})
    assert f"{next_year}年尚未到来，不能填报。" in response.content.decode()
    assert not AnnualReport.objects.exists()
    with pytest.raises(ValidationError, match="尚未到来"):
        ExternalFigures(year=next_year).full_clean()
    with pytest.raises(ValidationError, match="不能早于2008年"):
        ExternalFigures(year=2007).full_clean()


def test_a_year_has_one_report(client, as_user, office):
    report_with_text()
    as_user(office.team.drafter)
    response = client.post(reverse("annual_report:index"), {"year": YEAR})
    assert "2025年的年度报告已存在。" in response.content.decode()
    response = client.post(reverse("annual_report:index"), {"year": "二〇二四"})
    assert response.status_code == 200 and AnnualReport.objects.count() == 1


def test_generating_without_the_column_says_what_is_missing(client, as_user, office):
    report_with_text()
    ContentPage.objects.filter(pk=office.column.pk).update(slug="annual")  # no 年报 column at nianbao
    as_user(office.team.drafter)
    response = client.post(reverse("annual_report:generate", args=[YEAR]), follow=True)
    assert "未找到“政府信息公开年报”栏目" in response.content.decode()
    assert AnnualReport.objects.get(year=YEAR).page is None
