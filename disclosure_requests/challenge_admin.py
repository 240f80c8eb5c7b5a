"""Admin of the administrative review and litigation cases (表四), in wagtail-modeladmin like the requests.

The general office enters, changes and lists the cases (``access.can_manage_challenges``); the section that
handled the request reads a case about it (its page, and the 复议诉讼 block of the request's page); nobody
else sees them. Every change is kept by simple-history and shown on the case's page."""

from urllib.parse import urlencode

from django.urls import reverse
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import CreateView, EditView, InspectView

from organisation.record_permissions import RecordPermissionHelper

from . import access
from .forms import ChallengeForm
from .models import LegalChallenge


class ChallengePermissionHelper(RecordPermissionHelper):
    def keeps(self, user):
        return access.can_manage_challenges(user)

    def may_open(self, user, obj):
        return access.can_open(user, obj.request)


class ChallengeCreateView(CreateView):
    def get_instance(self):
        return LegalChallenge(created_by=self.request.user)  # the history's user is set by simple-history

    def get_initial(self):
        """The request's page links here with its 受理编号 filled in."""
        return {"request": self.request.GET.get("request", "")}

    def get_success_message(self, instance):
        return f"已登记{instance.get_kind_display()}（申请 {instance.request.tracking_number}）。"

    def get_success_url(self):
        return self.url_helper.get_action_url("inspect", self.instance.pk)


class ChallengeEditView(EditView):
    def get_success_message(self, instance):
        return f"已保存{instance.get_kind_display()}（申请 {instance.request.tracking_number}）。"

    def get_success_url(self):
        return self.url_helper.get_action_url("inspect", self.instance.pk)


class ChallengeInspectView(InspectView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({
            "case": self.instance,
            "can_edit": access.can_manage_challenges(self.request.user),
            "history": self.instance.history.select_related("history_user").order_by("history_date", "history_id"),
        })
        return context


class LegalChallengeAdmin(ModelAdmin):
    model = LegalChallenge
    menu_label = "行政复议、行政诉讼"
    menu_icon = "tasks"
    inspect_view_enabled = True
    history_view_enabled = False  # the case's own history (simple-history) is on its page
    permission_helper_class = ChallengePermissionHelper
    create_view_class = ChallengeCreateView
    edit_view_class = ChallengeEditView
    inspect_view_class = ChallengeInspectView
    inspect_template_name = "disclosure_requests/admin/challenge_inspect.html"
    list_display = ["request", "kind", "case_number", "filed_on", "result", "decided_on"]
    list_filter = ["kind", "result"]
    search_fields = ["request__tracking_number", "case_number", "authority"]
    list_per_page = 50
    edit_handler = ObjectList([
        FieldPanel("request"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("filed_on")]),
        FieldRowPanel([FieldPanel("case_number"), FieldPanel("authority")]),
        FieldRowPanel([FieldPanel("result"), FieldPanel("decided_on")]),
        FieldPanel("note"),
    ], base_form_class=ChallengeForm)

    def register_indexing(self):
        pass  # like the requests, the cases stay out of Wagtail's reference index

    def get_queryset(self, request):
        return LegalChallenge.objects.select_related("request")


def add_url(disclosure_request):
    """The office's link from a request's page to a new case about it."""
    return reverse("disclosure_requests_legalchallenge_modeladmin_create") + "?" + urlencode(
        {"request": disclosure_request.tracking_number})
