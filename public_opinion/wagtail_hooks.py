"""Admin: cases and patrols in wagtail-modeladmin, the actions and exports, the dashboard panel.

wagtail-modeladmin, as for the requests for information: its permission helper answers per object
(``access.can_open``) on every view it registers, and the list keeps Django's filters (state, section,
severity, lateness). Nothing is deleted through it (``signals.refuse_deleting_case_records`` refuses it
everywhere else too); states change only through the actions (``transitions``)."""

from django.contrib.admin import SimpleListFilter
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register
from wagtail_modeladmin.views import CreateView, IndexView, InspectView

from . import access, deadlines, patrols, views
from . import urls as public_opinion_urls
from .forms import CaseForm
from .models import OpinionCase, PatrolLog


class CasePermissionHelper(PermissionHelper):
    """Access follows section membership (``access``), not model permissions."""

    def user_has_any_permissions(self, user):
        return access.can_use_cases(user)

    def user_can_list(self, user):
        return access.can_use_cases(user)

    def user_can_create(self, user):
        return access.can_use_cases(user)

    def user_can_inspect_obj(self, user, obj):
        return access.can_open(user, obj)

    def user_can_edit_obj(self, user, obj):
        return obj.is_open and access.can_open(user, obj)

    def user_can_delete_obj(self, user, obj):
        return False  # 舆情回应制度 第二、六条: kept; a wrong case is closed as 误报 with its reason


class LatenessFilter(SimpleListFilter):
    title = "超时情况"
    parameter_name = "late"

    def lookups(self, request, model_admin):
        return [("report", "报送超时"), ("response", "回应超时"), ("overdue", "当前已超时未办")]

    def queryset(self, request, queryset):
        q = {"report": deadlines.late_report, "response": deadlines.late_response,
             "overdue": deadlines.overdue_now}.get(self.value())
        return queryset.filter(q()) if q else queryset


def _duration(delta):
    if delta is None:
        return "—"
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes // 60}小时{minutes % 60}分"


class CaseIndexView(IndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sees_every_case"] = access.sees_every_case(self.request.user)
        return context


class CaseCreateView(CreateView):
    def get_success_message(self, instance):
        return f"已登记舆情「{instance.title}」。"


class CaseInspectView(InspectView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        case = self.instance
        now = timezone.now()
        context.update({
            "case": case,
            "history": case.history.select_related("history_user").order_by("history_date"),
            "reports": case.reports.select_related("reported_by"),
            "responses": case.responses.all().order_by("pk"),
            "actions": views.offered_actions(case, self.request.user),
            "report_late": deadlines.is_late(case.reported_at, case.report_due_at, now),
            "response_late": deadlines.is_late(case.responded_at, case.response_due_at, now),
            "press_conference_late": deadlines.is_late(case.press_conference_at, case.press_conference_due_at, now),
            "time_to_report": _duration(case.time_to_report),
            "time_to_response": _duration(case.time_to_response),
        })
        return context


class OpinionCaseAdmin(ModelAdmin):
    model = OpinionCase
    menu_label = "舆情"
    menu_icon = "warning"
    inspect_view_enabled = True
    history_view_enabled = False  # the case's own history (simple-history) is on its page
    permission_helper_class = CasePermissionHelper
    index_view_class = CaseIndexView
    create_view_class = CaseCreateView
    inspect_view_class = CaseInspectView
    index_template_name = "public_opinion/admin/index.html"
    inspect_template_name = "public_opinion/admin/inspect.html"
    list_display = ["title", "severity", "state", "section_names", "first_seen_at", "report_column",
                    "response_column"]
    list_filter = ["state", "sections", "severity", LatenessFilter]
    search_fields = ["title", "summary"]
    list_per_page = 50
    edit_handler = ObjectList([
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("source"), FieldPanel("first_seen_at")]),
        FieldPanel("link"),
        FieldPanel("captured_quote"),
        FieldPanel("summary"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("kind"), FieldPanel("severity")]), FieldPanel("sections"),
                         FieldPanel("urgent")], heading="研判与分工"),
    ], base_form_class=CaseForm)

    def register_indexing(self):
        pass  # cases stay out of Wagtail's reference index

    def get_queryset(self, request):
        return OpinionCase.objects.visible_to(request.user).prefetch_related("sections")

    def section_names(self, obj):
        return "、".join(s.name for s in obj.sections.all())
    section_names.short_description = "责任科室"

    @staticmethod
    def _clock(done_at, due_at, elapsed):
        if due_at is None and done_at is None:
            return "—"
        if done_at is not None:
            text = f"用时{_duration(elapsed)}"
        else:
            text = f"时限 {timezone.localtime(due_at):%m-%d %H:%M}"
        if deadlines.is_late(done_at, due_at):
            return format_html('<span class="w-status w-status--label">超时</span> {}', text)
        return text

    def report_column(self, obj):
        return self._clock(obj.reported_at, obj.report_due_at, obj.time_to_report)
    report_column.short_description = "报送"

    def response_column(self, obj):
        return self._clock(obj.responded_at, obj.response_due_at, obj.time_to_response)
    response_column.short_description = "回应"


class PatrolPermissionHelper(CasePermissionHelper):
    """Anyone who handles cases records and reads patrols; a patrol is never changed or deleted."""

    def user_can_inspect_obj(self, user, obj):
        return False

    def user_can_edit_obj(self, user, obj):
        return False


class PatrolIndexView(IndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["missed_days"] = patrols.missed_days()
        context["patrolled_today"] = patrols.patrolled_today()
        return context


class PatrolCreateView(CreateView):
    def get_form(self):
        form = super().get_form()
        form.instance.patrolled_by = self.request.user
        return form

    def get_success_message(self, instance):
        return "已登记巡查记录。"


class PatrolLogAdmin(ModelAdmin):
    model = PatrolLog
    menu_label = "巡查记录"
    menu_icon = "view"
    history_view_enabled = False
    permission_helper_class = PatrolPermissionHelper
    index_view_class = PatrolIndexView
    create_view_class = PatrolCreateView
    index_template_name = "public_opinion/admin/patrol_index.html"
    list_display = ["patrolled_at", "patrolled_by", "channels", "result"]
    list_per_page = 50
    edit_handler = ObjectList([
        FieldPanel("patrolled_at"), FieldPanel("channels"), FieldPanel("no_findings"), FieldPanel("findings"),
    ])

    def register_indexing(self):
        """Patrols are listed by date, never searched: nothing to index."""

    def get_queryset(self, request):
        return PatrolLog.objects.select_related("patrolled_by")

    def result(self, obj):
        return "未发现" if obj.no_findings else obj.findings
    result.short_description = "巡查结果"


class PublicOpinionGroup(ModelAdminGroup):
    menu_label = "舆情回应"
    menu_icon = "warning"
    menu_order = 310
    items = (OpinionCaseAdmin, PatrolLogAdmin)


modeladmin_register(PublicOpinionGroup)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("yuqing/", include((public_opinion_urls, "public_opinion_admin"), namespace="public_opinion_admin"))]


class OverdueCasesPanel(Component):
    """Dashboard: the open cases past a limit that this person must act on (their sections'; all of
    them for the office and the leaders), and the recent working days without a patrol."""

    name = "public_opinion_overdue"
    order = 95
    template_name = "public_opinion/admin/overdue_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        now = timezone.now()
        cases = (OpinionCase.objects.visible_to(self.request.user).filter(deadlines.overdue_now(now)).prefetch_related("sections").order_by("first_seen_at"))
        rows = []
        for case in cases:
            late = [label for _due, label in deadlines.overdue_limits(case, now)]
            rows.append({"case": case, "late": late,
                         "url": reverse("public_opinion_opinioncase_modeladmin_inspect", args=[case.pk])})
        missed = patrols.missed_days() if access.sees_every_case(self.request.user) else []
        return {"rows": rows, "missed_days": missed}


@hooks.register("construct_homepage_panels")
def add_overdue_cases_panel(request, panels):
    if access.can_use_cases(request.user):
        panels.append(OverdueCasesPanel(request))
