"""Admin of the assessment app: the 考核评议 menu and what hangs under it."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from . import incident_admin
from .annual_report import views as annual_report_views
from .annual_report.access import can_manage_reports
from .annual_report.reminder import reminder_panel
from .models import AssessmentRound
from .rounds import access as round_access
from .rounds import urls as round_urls

# -- the 考核评议 menu ------------------------------------------------------------------------------
# Each part of the assessment app adds its entries to this submenu with the hook
# ``register_assessment_menu_item``: a function registered under that name returns a wagtail
# ``MenuItem`` (or a modeladmin's ``get_menu_item()``), whose ``is_shown`` decides who sees it.
# The submenu itself is shown only to those who see at least one entry.
assessment_menu = SubmenuMenuItem(
    "考核评议", Menu(register_hook_name="register_assessment_menu_item"), name="assessment", icon_name="tasks",
    order=320,
)


@hooks.register("register_admin_menu_item")
def register_assessment_menu():
    return assessment_menu


# -- the annual report (条例 第四十九、五十条) ----------------------------------------------------------
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


@hooks.register("register_assessment_menu_item")
def register_annual_report_menu_item():
    return AnnualReportMenuItem("年度报告", reverse("annual_report:index"), icon_name="doc-full", order=10)


@hooks.register("construct_homepage_panels")
def add_annual_report_reminder(request, panels):
    panel = reminder_panel(request.user)
    if panel:
        panels.append(panel)


# -- the incident register (协调机制 第六条) ----------------------------------------------------------
incidents = incident_admin.IncidentAdmin()
incidents.register_with_wagtail()


@hooks.register("register_assessment_menu_item")
def register_incidents_menu_item():
    return incidents.get_menu_item(order=100)


@hooks.register("register_admin_urls")
def register_incident_urls():
    urls = [path("export/<str:fmt>/", incident_admin.export, name="export")]
    return [path("kaohe/incidents/", include((urls, "assessment_incidents"), namespace="assessment_incidents"))]


# -- assessment rounds (考核评议制度 第九、十条) --------------------------------------------------------
@hooks.register("register_admin_urls")
def register_assessment_round_urls():
    return [path("kaohe/", include((round_urls, "assessment_rounds"), namespace="assessment_rounds"))]


class AssessmentRoundMenuItem(MenuItem):
    """The office, and the people of a section concerned by an issued round."""

    def is_shown(self, request):
        user = request.user
        if round_access.manages(user):
            return True
        return any(round_access.visible_sections(user, round_)
                   for round_ in round_access.visible_rounds(AssessmentRound.objects.all(), user))


@hooks.register("register_assessment_menu_item")
def register_assessment_round_menu_item():
    return AssessmentRoundMenuItem("年度考核", reverse("assessment_rounds:index"), icon_name="tasks", order=20)
