"""The report page: generated (or its draft updated) from the office's report, published only by the
four-step chain like every page (协调机制 第五条, ``moderation.guards``), and frozen when it goes live."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone
from wagtail.signals import page_published

from disclosure_pages.models import AnnualReportPage, ContentPage

from ..models import AnnualReport
from .layout import compute_figures

# The 政府信息公开年报 column (条例 第四十九条): the demo's and the production site's address for it.
COLUMN_SLUG = "nianbao"


def report_column():
    column = ContentPage.objects.filter(slug=COLUMN_SLUG).first()
    if column is None:
        raise ValidationError(f"未找到“政府信息公开年报”栏目（网址为 {COLUMN_SLUG} 的内容页面），请先在页面树中建立该栏目。")
    return column


def figures_for(report):
    """The figures the page carries: the frozen ones once the year is closed (regenerating gives the same
    tables), else today's computation."""
    return report.frozen_figures if report.is_frozen else compute_figures(report.year)


def fill(page, report, figures):
    page.title = report.title
    page.year = report.year
    page.overview = [("part", {"heading": heading, "text": text}) for heading, text in report.overview_parts()]
    page.problems = report.problems
    page.other_matters = report.other_matters
    page.figures = figures


@transaction.atomic
def generate_page(report, user):
    """Create the report's page as a draft under the 年报 column, or save a new draft revision of it.
    Nothing is published here: the office submits the draft to the chain."""
    figures = figures_for(report)
    page = report.page.specific if report.page_id else None
    if page is None:
        page = AnnualReportPage(live=False, slug=str(report.year))
        fill(page, report, figures)
        report_column().add_child(instance=page)
        report.page = page
        report.save(update_fields=["page"])
    else:
        page = page.get_latest_revision_as_object()
        fill(page, report, figures)
    page.save_revision(user=user, log_action=True)
    return page


@receiver(page_published, sender=AnnualReportPage)
def freeze_published_figures(sender, instance, revision=None, **kwargs):
    """The figures of the revision the leader's approval published are the year's frozen figures; a
    closed year keeps the figures it was first frozen with."""
    report, _ = AnnualReport.objects.get_or_create(year=instance.year)
    if report.page_id is None:
        report.page = instance
    if not report.is_frozen and instance.figures:
        report.frozen_figures = instance.figures
        report.frozen_at = timezone.now()
    report.save(update_fields=["page", "frozen_figures", "frozen_at"])
