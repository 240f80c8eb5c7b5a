from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

# -- The annual report (rep) -------------------------------------------------------------------
from .annual_report import views as annual_report_views
from .annual_report.access import can_manage_reports
from .annual_report.reminder import reminder_panel

annual_report_urls = [
    path("", annual_report_views.index, name="index"),
    path("<int:year>/", annual_report_views.edit, name="edit"),
    path("<int:year>/tables/", annual_report_views.preview, name="preview"),
    path("<int:year>/generate/", annual_report_views.generate, name="generate"),
    path("<int:year>/download.<str:fmt>", annual_report_views.download, name="download"),
]


@hooks.register("register_admin_urls")
def register_annual_report_urls():
    return [path("annual-report/", include((annual_report_urls, "annual_report"), namespace="annual_report"))]


class AnnualReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_manage_reports(request.user)


@hooks.register("register_admin_menu_item")
def register_annual_report_menu_item():
    return AnnualReportMenuItem("年度报告", reverse("annual_report:index"), icon_name="doc-full", order=820)


@hooks.register("construct_homepage_panels")
def add_annual_report_reminder(request, panels):
    panel = reminder_panel(request.user)
    if panel:
        panels.append(panel)
