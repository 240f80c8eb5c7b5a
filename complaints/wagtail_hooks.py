"""Admin: the complaint list (wagtail-modeladmin), the handling page, the actions and exports, the
dashboard panel of the office.

As for requests, the permission helper answers per object (``access.can_open``) on every view it
registers; nothing is created, edited or deleted through generic forms, and states change only
through the actions (``transitions``)."""

from django.contrib.admin import SimpleListFilter
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register
from wagtail_modeladmin.views import IndexView, InspectView

from outgoing.identifiers import mask

from . import access, admin_views, deadlines
from .models import OPEN_STATES, Complaint


class ComplaintPermissionHelper(PermissionHelper):
    """Access follows section membership (``access``), not model permissions."""

    def user_has_any_permissions(self, user):
        return access.can_use_complaints(user)

    def user_can_list(self, user):
        return access.can_use_complaints(user)

    def user_can_create(self, user):
        return False  # complaints arrive through the public form

    def user_can_inspect_obj(self, user, obj):
        return access.can_open(user, obj)

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class YearFilter(SimpleListFilter):
    title = "年度"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        dates = Complaint.objects.datetimes("submitted_at", "year", order="DESC")
        return [(str(d.year), f"{d.year}年") for d in dates]

    def queryset(self, request, queryset):
        value = self.value()
        return queryset.filter(submitted_at__year=int(value)) if value and value.isdigit() else queryset


class ReplyClockFilter(SimpleListFilter):
    title = "答复情况"
    parameter_name = "late"

    def lookups(self, request, model_admin):
        return [("open", "未答复"), ("overdue", "超期未答复"), ("replied_late", "超期答复")]

    def queryset(self, request, queryset):
        if self.value() == "open":
            return queryset.filter(state__in=OPEN_STATES)
        if self.value() == "overdue":
            return queryset.filter(deadlines.overdue_now())
        if self.value() == "replied_late":
            return deadlines.with_replied_on(queryset).filter(deadlines.replied_late())
        return queryset


class ComplaintIndexView(IndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["export_url"] = reverse("complaints_admin:export")
        context["export_xlsx_url"] = reverse("complaints_admin:export_xlsx")
        return context


class ComplaintInspectView(InspectView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        complaint = self.instance
        context.update({
            "complaint": complaint,
            "lateness": deadlines.lateness(complaint),
            "history": complaint.history.select_related("history_user").order_by("history_date", "history_id"),
            "actions": admin_views.offered_actions(complaint, self.request.user),
        })
        return context


class ComplaintAdmin(ModelAdmin):
    model = Complaint
    menu_label = "投诉举报与纠错"
    menu_icon = "help"
    menu_order = 305
    add_to_admin_menu = True
    inspect_view_enabled = True
    history_view_enabled = False  # modeladmin's history view checks no permission; the handling record is on the page
    permission_helper_class = ComplaintPermissionHelper
    index_view_class = ComplaintIndexView
    inspect_view_class = ComplaintInspectView
    index_template_name = "complaints/admin/index.html"
    inspect_template_name = "complaints/admin/inspect.html"
    list_display = ["tracking_number", "kind", "masked_name", "masked_phone", "masked_email", "section", "state",
                    "submitted_on", "due_column"]
    list_filter = ["kind", "state", "section", YearFilter, ReplyClockFilter]
    search_fields = ["tracking_number"]
    list_per_page = 50

    def register_indexing(self):
        """Complaints stay out of Wagtail's reference index: nothing about them is indexed."""

    def get_queryset(self, request):
        return access.visible_complaints(Complaint.objects.select_related("section"), request.user)

    def masked_name(self, obj):
        return mask(obj.name)
    masked_name.short_description = "姓名"

    def masked_phone(self, obj):
        return mask(obj.phone)
    masked_phone.short_description = "联系电话"

    def masked_email(self, obj):
        return mask(obj.email)
    masked_email.short_description = "电子邮箱"

    def submitted_on(self, obj):
        return timezone.localdate(obj.submitted_at)
    submitted_on.short_description = "提交日期"

    def due_column(self, obj):
        late = deadlines.lateness(obj)
        if late:
            return format_html('{} <span class="w-status w-status--label">{}</span>', obj.reply_due_on, late)
        return obj.reply_due_on or "—"
    due_column.short_description = "答复期限"


modeladmin_register(ComplaintAdmin)


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("<int:pk>/act/<str:operation>/", admin_views.act, name="act"),
        path("export/", admin_views.export, name="export"),
        path("export/xlsx/", admin_views.export, {"fmt": "xlsx"}, name="export_xlsx"),
    ]
    return [path("jdjb/", include((urls, "complaints_admin"), namespace="complaints_admin"))]


class OpenComplaintsPanel(Component):
    """Dashboard of the office: how many complaints are open, and how many of them are past the 承诺时限."""

    name = "complaints_open"
    order = 92
    template_name = "complaints/admin/open_panel.html"

    def get_context_data(self, parent_context):
        index = reverse("complaints_complaint_modeladmin_index")
        return {
            "open_count": Complaint.objects.filter(state__in=OPEN_STATES).count(),
            "overdue_count": Complaint.objects.filter(deadlines.overdue_now()).count(),
            "open_url": index + "?late=open",
            "overdue_url": index + "?late=overdue",
            "period": deadlines.REPLY_PERIOD_WORKING_DAYS,
        }


@hooks.register("construct_homepage_panels")
def add_open_complaints_panel(request, panels):
    if access.sees_every_complaint(request.user):
        panels.append(OpenComplaintsPanel())
