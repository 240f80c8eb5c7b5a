"""Forms. They collect input; the model, ``submission`` and ``transitions`` decide what is acceptable."""

from django import forms

from organisation.models import Section

from .models import Complaint, ComplaintKind, Satisfaction
from .submission import ITEM_REFUSAL


class ErrorSummaryMixin:
    """The errors for the summary at the top of a public page (templates/disclosure_requests/_error_summary.html)."""

    def error_summary(self):
        entries = [(None, None, message) for message in self.non_field_errors()]
        for name in self.fields:
            if name in self.errors:
                bound = self[name]
                hidden = isinstance(bound.field.widget, forms.HiddenInput)
                anchor = None if hidden else bound.auto_id + ("_0" if isinstance(bound.field.widget, forms.RadioSelect) else "")
                entries += [(anchor, bound.label, message) for message in self.errors[name]]
        return entries


class ComplaintForm(ErrorSummaryMixin, forms.ModelForm):
    class Meta:
        model = Complaint
        fields = ["kind", "item", "content", "name", "phone", "email"]
        widgets = {"kind": forms.RadioSelect, "item": forms.HiddenInput,
                   "content": forms.Textarea(attrs={"rows": 6, "maxlength": 5000})}
        labels = {"content": "具体内容"}
        help_texts = {
            "content": "请写明所反映的问题、涉及的信息或工作环节；纠错请指出错误之处和正确的内容",
            "phone": "联系电话和电子邮箱至少填写一项",
        }
        error_messages = {
            "kind": {"required": "请选择类型。", "invalid_choice": "请选择类型。"},
            "name": {"required": "请填写姓名。"},
            "content": {"required": "请填写举报、投诉或纠错的具体内容。"},
            "email": {"invalid": "电子邮箱格式不正确。"},
            # An item id that is not a public item is refused in the same words as an unknown one.
            "item": {"invalid_choice": ITEM_REFUSAL},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = ComplaintKind.choices
        self.fields["content"].max_length = 5000
        for name in ("kind", "content", "name"):
            self.fields[name].marked_required = True  # templates/disclosure_requests/_field.html


class StatusLookupForm(ErrorSummaryMixin, forms.Form):
    tracking_number = forms.CharField(label="查询编号", max_length=24, error_messages={"required": "请填写查询编号。"})
    query_code = forms.CharField(label="查询码", max_length=16, widget=forms.PasswordInput(render_value=False),
                                 error_messages={"required": "请填写查询码。"})


class SatisfactionForm(ErrorSummaryMixin, forms.Form):
    satisfaction = forms.ChoiceField(label="您对答复的评价", choices=Satisfaction.choices, widget=forms.RadioSelect,
                                     error_messages={"required": "请选择满意、基本满意或不满意。",
                                                     "invalid_choice": "请选择满意、基本满意或不满意。"})
    comment = forms.CharField(label="意见和建议（选填）", required=False, max_length=2000,
                              widget=forms.Textarea(attrs={"rows": 3}))


# -- admin action forms ------------------------------------------------------------------------


class AssignForm(forms.Form):
    section = forms.ModelChoiceField(label="承办科室", queryset=Section.objects.all(),
                                     error_messages={"required": "请选择承办科室。"})
    note = forms.CharField(label="说明", required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))


class ReplyForm(forms.Form):
    reply = forms.CharField(label="答复内容", max_length=10000, widget=forms.Textarea(attrs={"rows": 8}),
                            help_text="答复将在公众查询页面显示给提交人", error_messages={"required": "请填写答复内容。"})


class CloseForm(forms.Form):
    note = forms.CharField(label="办结说明", required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))
