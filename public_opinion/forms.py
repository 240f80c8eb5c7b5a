"""Admin forms: the case itself (modeladmin's create/edit) and one form per action on it. Each action
form only collects input; the rule is in ``transitions``."""

from django import forms
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateTimeInput

from organisation.models import Section
from organisation.people import roles_of

from .access import sees_every_case
from .models import Outcome, Recipient, ReportMethod, ResponseChannel


class CaseForm(WagtailAdminModelForm):
    """A section registers cases of its own; the office and the leaders name any section."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and not sees_every_case(self.for_user):
            self.fields["sections"].queryset = Section.objects.filter(pk__in=roles_of(self.for_user)["sections"])
        self.fields["sections"].error_messages["required"] = "请选择至少一个责任科室。"

    def save(self, commit=True):
        case = super().save(commit=False)
        if case.pk is None:
            case.created_by = self.for_user
        case._history_user = self.for_user
        if commit:
            case.save()
            self.save_m2m()
        return case


def _now():
    return timezone.localtime().replace(second=0, microsecond=0)


class NoteForm(forms.Form):
    note = forms.CharField(label="说明", widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=2000)


class ReasonForm(forms.Form):
    note = forms.CharField(label="理由", widget=forms.Textarea(attrs={"rows": 3}), max_length=2000,
                           error_messages={"required": "请说明理由。"})


class AssessmentForm(forms.Form):
    note = forms.CharField(label="研判意见", widget=forms.Textarea(attrs={"rows": 4}), max_length=2000,
                           help_text="舆情性质、等级、影响范围，以及回应口径和责任科室",
                           error_messages={"required": "请填写研判意见。"})


class VerificationForm(forms.Form):
    verified_with = forms.CharField(label="核实对象", max_length=100, help_text="例如：12345政府热线、大数据发展科",
                                    error_messages={"required": "请填写核实对象。"})
    text = forms.CharField(label="核实情况", widget=forms.Textarea(attrs={"rows": 4}), max_length=2000,
                           error_messages={"required": "请填写核实情况。"})


class ReportForm(forms.Form):
    recipient = forms.ChoiceField(label="报告对象", choices=Recipient.choices)
    method = forms.ChoiceField(label="报告方式", choices=ReportMethod.choices)
    reported_at = forms.DateTimeField(label="报告时间", widget=AdminDateTimeInput, initial=_now,
                                      error_messages={"required": "请填写报告时间。", "invalid": "报告时间格式不正确。"})
    note = forms.CharField(label="报告内容", widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=2000)


class ResponseForm(forms.Form):
    """A response outside the site (热线答复, 新闻媒体…); a 回应关切 page records itself when it goes live."""

    channel = forms.ChoiceField(label="回应渠道", choices=[c for c in ResponseChannel.choices
                                                      if c[0] != ResponseChannel.PORTAL])
    responded_at = forms.DateTimeField(label="回应时间", widget=AdminDateTimeInput, initial=_now,
                                       error_messages={"required": "请填写回应时间。", "invalid": "回应时间格式不正确。"})


class PressConferenceForm(forms.Form):
    held_at = forms.DateTimeField(label="新闻发布会时间", widget=AdminDateTimeInput, initial=_now,
                                  error_messages={"required": "请填写新闻发布会时间。", "invalid": "时间格式不正确。"})


class OutcomeForm(forms.Form):
    outcome = forms.ChoiceField(label="问责结果", choices=Outcome.choices, required=False)
    note = forms.CharField(label="问责说明", widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=2000)
