"""The PDF and DOCX of a live report page, for the public (never a draft: only what is live and public)."""

from django.http import Http404

from disclosure_pages.models import AnnualReportPage
from disclosure_pages.visibility import without_view_restrictions

from .exports import ReportContent, export_response

PUBLIC_FORMATS = ("pdf", "docx")


def report_file(request, year, fmt):
    if fmt not in PUBLIC_FORMATS:
        raise Http404
    page = without_view_restrictions(AnnualReportPage.objects.live()).filter(year=year).first()
    if page is None:
        raise Http404
    # The page row holds the live content; a draft revision of it is never read here.
    return export_response(ReportContent.of_page(page), fmt)
