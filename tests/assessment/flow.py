"""Producing a report the way the office does."""

from assessment.annual_report.publishing import generate_page
from assessment.models import AnnualReport
from tests.factories import approve_through_chain

from .records import YEAR


def report_with_text(year=YEAR, **narrative):
    fields = {name: f"{year}年{AnnualReport._meta.get_field(name).verbose_name}的情况。"
              for name in AnnualReport.NARRATIVE_FIELDS}
    return AnnualReport.objects.create(year=year, **{**fields, **narrative})


def published_report(office, year=YEAR, **narrative):
    """A report generated as a draft page and approved through the four steps (which publishes it)."""
    report = report_with_text(year, **narrative)
    page = generate_page(report, office.team.drafter)
    approve_through_chain(page, office.team)
    report.refresh_from_db()
    return report
