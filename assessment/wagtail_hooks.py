"""Admin of the assessment app: the 考核评议 menu and what hangs under it."""

from django.urls import include, path
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

from . import incident_admin

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
