"""Admin of the incident register (协调机制 第六条) under 考核评议, in wagtail-modeladmin: the list (filters by
section, kind and year), the office's form, the incident's page with its history, and the CSV/XLSX export
(``outgoing.tables``). Who sees what is ``incident_access``; nothing is deleted (kept with its history)."""

from django.contrib.admin import SimpleListFilter
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import CreateView, EditView, IndexView, InspectView

from organisation.record_permissions import RecordPermissionHelper
from outgoing.tables import export_response

from . import incident_access
from .models import Incident


class IncidentPermissionHelper(RecordPermissionHelper):
    def keeps(self, user):
        return incident_access.keeps_register(user)

    def may_list(self, user):
        return incident_access.can_read_register(user)

    def may_open(self, user, obj):
        return incident_access.can_open(user, obj)


class YearFilter(SimpleListFilter):
    title = "年度"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = Incident.objects.dates("occurred_on", "year", order="DESC")
        return [(str(day.year), f"{day.year}年") for day in years]

    def queryset(self, request, queryset):
        return of_year(queryset, self.value())


def of_year(queryset, year):
    return queryset.filter(occurred_on__year=int(year)) if year and str(year).isdigit() else queryset


def filtered(queryset, params):
    """The list's filters (section, kind, year), by the list's query parameters: the export applies them too.
    A value that is not one of theirs filters nothing out rather than failing."""
    section = params.get("section__id__exact", "")
    if section.isdigit():
        queryset = queryset.filter(section_id=int(section))
    if params.get("kind__exact"):
        queryset = queryset.filter(kind=params["kind__exact"])
    return of_year(queryset, params.get("year"))


def visible(user):
    return incident_access.visible_incidents(Incident.objects.select_related("section", "page"), user)


class IncidentIndexView(IndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.urlencode()
        suffix = f"?{query}" if query else ""
        context["export_urls"] = [(label, reverse("assessment_incidents:export", args=[fmt]) + suffix)
                                  for fmt, label in (("csv", "导出 CSV"), ("xlsx", "导出 XLSX"))]
        return context


class IncidentCreateView(CreateView):
    def get_instance(self):
        return Incident(recorded_by=self.request.user)  # the history's user is set by simple-history

    def get_success_message(self, instance):
        return f"已登记差错事件：{instance}。"


class IncidentEditView(EditView):
    def get_success_message(self, instance):
        return f"已保存差错事件：{instance}。"


class IncidentInspectView(InspectView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({
            "incident": self.instance,
            "can_edit": incident_access.keeps_register(self.request.user),
            "history": self.instance.history.select_related("history_user").order_by("history_date", "history_id"),
        })
        return context


class IncidentAdmin(ModelAdmin):
    model = Incident
    menu_label = "差错事件登记"
    menu_icon = "warning"
    add_to_admin_menu = False  # an entry of the 考核评议 menu (wagtail_hooks)
    inspect_view_enabled = True
    history_view_enabled = False  # the incident's own history (simple-history) is on its page
    permission_helper_class = IncidentPermissionHelper
    index_view_class = IncidentIndexView
    create_view_class = IncidentCreateView
    edit_view_class = IncidentEditView
    inspect_view_class = IncidentInspectView
    index_template_name = "assessment/incidents/index.html"
    inspect_template_name = "assessment/incidents/inspect.html"
    list_display = ["section", "kind", "summary", "page_title", "occurred_on", "found_on", "handled_on"]
    list_filter = ["section", "kind", YearFilter]
    search_fields = ["description", "handling"]
    list_per_page = 50
    edit_handler = ObjectList([
        FieldRowPanel([FieldPanel("section"), FieldPanel("kind")]),
        FieldPanel("page"),
        FieldRowPanel([FieldPanel("occurred_on"), FieldPanel("found_on")]),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("handling"), FieldPanel("handled_on"), FieldPanel("accountability")],
                        heading="处理与责任追究"),
    ])

    def register_indexing(self):
        pass  # the register stays out of Wagtail's reference index

    def get_queryset(self, request):
        return visible(request.user)

    def summary(self, obj):
        return Truncator(obj.description).chars(40)
    summary.short_description = "情况说明"

    def page_title(self, obj):
        return obj.page.title if obj.page_id else "—"
    page_title.short_description = "所涉页面"


EXPORT_HEADER = ["责任科室", "类型", "所涉页面", "发生日期", "发现日期", "情况说明", "处理情况", "处理完成日期", "责任追究",
                 "登记人", "登记时间"]


def export(request, fmt):
    """The register as the list shows it (same filters, same scope), as CSV or XLSX."""
    if fmt not in ("csv", "xlsx") or not incident_access.can_read_register(request.user):
        raise PermissionDenied
    incidents = filtered(visible(request.user).select_related("recorded_by"), request.GET)
    rows = [[i.section.name, i.get_kind_display(), i.page.title if i.page_id else "", i.occurred_on, i.found_on,
             i.description, i.handling, i.handled_on, i.accountability,
             i.recorded_by.get_username() if i.recorded_by_id else "", timezone.localtime(i.recorded_at)]
            for i in incidents]
    return export_response(f"差错事件登记-{timezone.localdate():%Y%m%d}", EXPORT_HEADER, rows, fmt, "差错事件登记")

