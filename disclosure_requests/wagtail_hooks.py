"""Admin: the request list (wagtail-modeladmin), the handling page, extra views and the dashboard panel."""

from django.conf import settings
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register
from wagtail_modeladmin.views import HistoryView, IndexView, InspectView

from moderation.approval_form import person_name
from workdays.official_calendar import WorkingDayCalendar

from . import access, admin_views, challenge_admin, clocks, release_review, release_views, services
from .forms import ReleaseOpinionForm
from .models import AccessAction, DisclosureRequest, State
from .models.choices import CLOCK_STATES


class RequestPermissionHelper(PermissionHelper):
    """Access follows section membership, not model permissions (only the handling section, the general
    office and superusers). Nothing is created, edited or deleted through generic forms: the services do it."""

    def user_has_any_permissions(self, user):
        return access.can_use_requests(user)

    def user_can_list(self, user):
        return access.can_use_requests(user)

    def user_can_create(self, user):
        return False

    def user_can_inspect_obj(self, user, obj):
        return access.can_open(user, obj)

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class RequestIndexView(IndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # One calendar for the page, so the deadline column reads the corrections once, not per row.
        calendar = WorkingDayCalendar()
        context["object_list"] = list(context["object_list"])
        for obj in context["object_list"]:
            obj.working_day_calendar = calendar
        context["can_register"] = access.can_register_and_assign(self.request.user)
        context["register_url"] = reverse("disclosure_requests_admin:register")
        context["export_url"] = reverse("disclosure_requests_admin:export")
        context["statistics_url"] = reverse("disclosure_requests_admin:statistics")
        return context


class RequestInspectView(InspectView):
    """The handling page. Opening it shows personal data, so it is written to the access log."""

    def get(self, request, *args, **kwargs):
        access.log_access(request.user, [self.instance], AccessAction.VIEW)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        r = self.instance
        proposals = list(release_review.proposals_of(r))
        calendar = WorkingDayCalendar()
        context.update({
            "r": r,
            "applicant": r.applicant,
            "clock": clocks.answer_status(r, calendar=calendar),
            "amendment_notice_due": clocks.amendment_notice_due(r, calendar) if r.state == State.RECEIVED else None,
            "consultations": [(c, clocks.consultation_reply_due(c, calendar)) for c in r.consultations.all()],
            "fee_notice": getattr(r, "fee_notice", None),
            "events": r.events.select_related("actor"),
            "letters": r.letters.all(),
            "attachments": r.attachments.all(),
            "operations": [(op, self.operation_label(op, proposals),
                            reverse("disclosure_requests_admin:action", args=[r.pk, op]))
                           for op in services.allowed_operations(r)],
        })
        context.update(self.release_context(r, proposals))
        # 表四: the review and litigation cases about this request; the office adds them from here.
        context["challenges"] = r.challenges.all()
        if access.can_manage_challenges(self.request.user):
            context["challenge_add_url"] = challenge_admin.add_url(r)
        return context

    @staticmethod
    def operation_label(op, proposals):
        if op == "answer" and proposals:
            return "修改答复（重新送审）"
        return services.OPERATION_LABELS[op]

    def release_context(self, r, proposals):
        """保密审查 第六条: the answer under review, its files and findings, every opinion so far, and
        the opinion form for the person whose step it is."""
        current = proposals[0] if proposals and (r.is_open or proposals[0].is_approved) else None
        for proposal in proposals:
            proposal.status = proposal.status_label(is_current=proposal is current)
        waiting = current.next_step if current is not None and r.is_open else None
        acting = waiting is not None and release_review.may_act(self.request.user, current)
        return {
            "release_current": current,
            "release_earlier": [p for p in proposals if p is not current],
            "release_waiting_step": waiting,
            "release_waiting_people": [person_name(u) for u in release_review.people_for(r, waiting)] if waiting else [],
            "release_form": ReleaseOpinionForm() if acting else None,
        }


class RequestHistoryView(HistoryView):
    """wagtail-modeladmin's history view checks no permission at all: it follows the handling
    page's scoping (the handling section, the general office and superusers)."""

    def check_action_permitted(self, user):
        return self.permission_helper.user_can_inspect_obj(user, self.instance)


class DisclosureRequestAdmin(ModelAdmin):
    model = DisclosureRequest
    menu_label = "申请办理"
    menu_icon = "mail"
    inspect_view_enabled = True
    permission_helper_class = RequestPermissionHelper
    index_view_class = RequestIndexView
    inspect_view_class = RequestInspectView
    history_view_class = RequestHistoryView
    index_template_name = "disclosure_requests/admin/index.html"
    inspect_template_name = "disclosure_requests/admin/inspect.html"
    list_display = ["tracking_number", "information_name", "applicant_type", "masked_identity", "masked_phone",
                    "state", "handling_section", "received_on", "deadline"]
    list_filter = ["state", "handling_section", "channel"]
    search_fields = ["tracking_number", "information_name"]
    list_per_page = 50

    def register_indexing(self):
        pass  # requests stay out of Wagtail's reference index: nothing about them is indexed

    def get_queryset(self, request):
        return (DisclosureRequest.objects.visible_to(request.user)
                .select_related("applicant", "handling_section", "fee_notice").prefetch_related("consultations"))

    def applicant_type(self, obj):
        return obj.applicant.get_applicant_type_display()
    applicant_type.short_description = "申请人类型"

    def masked_identity(self, obj):
        return obj.applicant.masked_identity_number
    masked_identity.short_description = "证件号码"

    def masked_phone(self, obj):
        return obj.applicant.masked_phone
    masked_phone.short_description = "联系电话"

    def deadline(self, obj):
        status = clocks.answer_status(obj, calendar=getattr(obj, "working_day_calendar", None))
        if status.overdue:
            return format_html('<span class="w-status w-status--label">{}</span>', status.label)
        return status.label if status.due_on else "—"
    deadline.short_description = "答复期限"


class DisclosureRequestGroup(ModelAdminGroup):
    """依申请公开: the requests, and the review and litigation cases about their answers (表四)."""

    menu_label = "依申请公开"
    menu_icon = "mail"
    menu_order = 300
    items = (DisclosureRequestAdmin, challenge_admin.LegalChallengeAdmin)


modeladmin_register(DisclosureRequestGroup)


@hooks.register("register_admin_urls")
def register_admin_urls():
    from django.urls import include

    urls = [
        path("<int:pk>/act/<str:operation>/", admin_views.action, name="action"),
        path("<int:pk>/attachments/<int:attachment_pk>/", admin_views.attachment, name="attachment"),
        path("<int:pk>/letters/<int:letter_pk>/", admin_views.letter, name="letter"),
        path("<int:pk>/letters/<int:letter_pk>/pdf/", admin_views.letter, {"fmt": "pdf"}, name="letter_pdf"),
        path("<int:pk>/release/<int:proposal_pk>/act/", release_views.act, name="release_act"),
        path("<int:pk>/release/<int:proposal_pk>/approval-form/", release_views.approval_form_html,
             name="release_approval_form"),
        path("<int:pk>/release/<int:proposal_pk>/approval-form.pdf", release_views.approval_form_pdf,
             name="release_approval_form_pdf"),
        path("<int:pk>/released-files/<int:file_pk>/", release_views.released_file, name="released_file"),
        path("export/", admin_views.export, name="export"),
        path("export/xlsx/", admin_views.export, {"fmt": "xlsx"}, name="export_xlsx"),
        path("register/", admin_views.register, name="register"),
        path("statistics/", admin_views.statistics, name="statistics"),
    ]
    return [path("yisqgk/", include((urls, "disclosure_requests_admin"), namespace="disclosure_requests_admin"))]


class DeadlinesPanel(Component):
    """Dashboard: due-soon and overdue requests per section, computed now from the calendar."""

    name = "disclosure_request_deadlines"
    order = 90
    template_name = "disclosure_requests/admin/deadlines_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        calendar = WorkingDayCalendar()
        due_soon_days = settings.DISCLOSURE_REQUESTS_DUE_SOON_WORKING_DAYS
        pending = (DisclosureRequest.objects.visible_to(self.request.user).filter(state__in=CLOCK_STATES)
                   .select_related("handling_section", "fee_notice").prefetch_related("consultations"))
        sections = {}
        for r in pending:
            status = clocks.answer_status(r, calendar=calendar, due_soon_days=due_soon_days)
            if not (status.overdue or status.due_soon):
                continue
            name = r.handling_section.name if r.handling_section else "未分办"
            sections.setdefault(name, []).append({
                "r": r, "status": status,
                "url": reverse("disclosure_requests_disclosurerequest_modeladmin_inspect", args=[r.pk]),
            })
        for items in sections.values():
            items.sort(key=lambda item: item["status"].due_on)
        awaiting = DisclosureRequest.objects.visible_to(self.request.user).filter(state=State.SUBMITTED).count()
        return {"sections": sorted(sections.items()), "awaiting_receipt": awaiting, "due_soon_days": due_soon_days}


class ReleaseReviewPanel(Component):
    """Dashboard: answers waiting for this person's release opinion (保密审查 第六条), oldest first."""

    name = "disclosure_request_release_review"
    order = 85
    template_name = "disclosure_requests/admin/release_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        rows = [{"proposal": p, "r": p.request, "step": p.next_step,
                 "url": reverse("disclosure_requests_disclosurerequest_modeladmin_inspect", args=[p.request_id])}
                for p in release_review.waiting_for(self.request.user)]
        return {"rows": rows}


@hooks.register("construct_homepage_panels")
def add_deadlines_panel(request, panels):
    if access.can_use_requests(request.user):
        panels.append(ReleaseReviewPanel(request))
        panels.append(DeadlinesPanel(request))
