"""Forms. They collect input; the models and services decide what is acceptable."""

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

from moderation.models.opinions import Outcome
from organisation.models import Section

from .models import (
    AnswerKind,
    Applicant,
    ApplicantType,
    Channel,
    ConsultationKind,
    ConsultationReply,
    DisclosureRequest,
    FeeBasis,
    ReleasedFile,
)
from .models.applicant import CONTACT_REQUIRED, NATURAL_PERSON_REQUIRED, ORGANISATION_REQUIRED
from .models.choices import grouped_outcome_choices
from .models.request import REQUIRED as REQUEST_REQUIRED
from .uploads import ALLOWED_LABEL, check_upload, check_uploads, max_bytes, max_count


class DescribedFieldsMixin:
    """Ties each input to its help text and error list (aria-describedby, aria-invalid), GB/T 37668;
    marks the fields the model requires (``model_required``: blank in the model, checked in its clean())
    and lists the errors for the summary at the top of the page."""

    model_required = ()

    def describe_fields(self):
        for name, field in self.fields.items():
            auto_id = self[name].auto_id
            ids = []
            if field.help_text:
                ids.append(f"{auto_id}-help")
            if self.is_bound and name in self._errors:
                ids.append(f"{auto_id}-errors")
                field.widget.attrs["aria-invalid"] = "true"
            if ids:
                field.widget.attrs["aria-describedby"] = " ".join(ids)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.marked_required = field.required or name in self.model_required
            if field.marked_required and not isinstance(field.widget, forms.RadioSelect):  # radios: in the legend
                field.widget.attrs["aria-required"] = "true"
        if not self.is_bound:
            self.describe_fields()  # a bound form is described once validated (full_clean)

    def full_clean(self):
        super().full_clean()
        self.describe_fields()

    def error_summary(self):
        """(id of the input to jump to, label, message) for every error, in the order of the fields;
        errors of the whole form have no input."""
        entries = [(None, None, message) for message in self.non_field_errors()]
        for name in self.fields:
            if name in self.errors:
                bound = self[name]
                anchor = bound.auto_id + ("_0" if isinstance(bound.field.widget, forms.RadioSelect) else "")
                entries += [(anchor, bound.label, message) for message in self.errors[name]]
        return entries


class ApplicantForm(DescribedFieldsMixin, forms.ModelForm):
    model_required = {**NATURAL_PERSON_REQUIRED, **ORGANISATION_REQUIRED, **CONTACT_REQUIRED}

    class Meta:
        model = Applicant
        fields = ["applicant_type", "name", "id_document_type", "id_number", "employer", "organisation_kind",
                  "credit_code", "legal_representative", "contact_person", "phone", "email", "address", "postcode",
                  "fax"]
        widgets = {"applicant_type": forms.RadioSelect}
        error_messages = {"applicant_type": {"required": "请选择申请人类型。", "invalid_choice": "请选择申请人类型。"}}
        labels = {"name": "姓名 / 名称"}
        help_texts = {
            "name": "自然人填写姓名；法人或其他组织填写单位全称",
            "id_number": "居民身份证号码为18位，可输入全角字符，系统会自动转换",
            "credit_code": "18位统一社会信用代码",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["applicant_type"].choices = ApplicantType.choices
        for name in ("id_document_type", "organisation_kind"):
            self.fields[name].choices = [("", "请选择")] + list(self.fields[name].choices)[1:]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = [f for f in (data or []) if f] if isinstance(data, (list, tuple)) else ([data] if data else [])
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class RequestForm(DescribedFieldsMixin, forms.ModelForm):
    model_required = REQUEST_REQUIRED
    attachments = MultipleFileField(
        label="附件（选填）",
        required=False,
        help_text=f"可上传身份证明等材料，最多{max_count()}个，每个不超过{max_bytes() // (1024 * 1024)}MB，格式：{ALLOWED_LABEL}",
    )

    class Meta:
        model = DisclosureRequest
        fields = ["information_name", "document_number", "index_number", "description", "purpose", "provision_form",
                  "access_route"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "provision_form": forms.RadioSelect,
            "access_route": forms.RadioSelect,
        }
        error_messages = {
            "provision_form": {"required": "请选择提供载体。", "invalid_choice": "请选择提供载体。"},
            "access_route": {"required": "请选择获取方式。", "invalid_choice": "请选择获取方式。"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("provision_form", "access_route"):  # a radio group offers no blank choice
            self.fields[name].choices = [choice for choice in self.fields[name].choices if choice[0] != ""]

    def clean_attachments(self):
        uploads = self.cleaned_data.get("attachments") or []
        check_uploads(uploads)
        return uploads


class RegisterForm(forms.Form):
    """Staff registering an in-person, postal or fax request (条例 第二十九条 第二款, 第三十一条)."""

    channel = forms.ChoiceField(label="申请渠道", choices=[c for c in Channel.choices if c[0] != Channel.ONLINE])
    received_on = forms.DateField(label="收到申请日期", widget=forms.DateInput(attrs={"type": "date"}),
                                  help_text="当面提交的为提交当日；邮寄的为签收之日；传真的为双方确认之日")
    handling_section = forms.ModelChoiceField(label="承办科室", queryset=Section.objects.all(), required=False)


class StatusLookupForm(DescribedFieldsMixin, forms.Form):
    tracking_number = forms.CharField(label="受理编号", max_length=24,
                                      error_messages={"required": "请填写受理编号。"})
    query_code = forms.CharField(label="查询码", max_length=16, widget=forms.PasswordInput(render_value=False),
                                 error_messages={"required": "请填写查询码。"})


# -- admin action forms ------------------------------------------------------------------------

date_widget = forms.DateInput(attrs={"type": "date"})


class ConfirmReceiptForm(forms.Form):
    received_on = forms.DateField(label="收到申请日期（双方确认之日）", widget=date_widget)
    section = forms.ModelChoiceField(label="承办科室", queryset=Section.objects.all(), required=False)


class AssignForm(forms.Form):
    section = forms.ModelChoiceField(label="承办科室", queryset=Section.objects.all())
    reason = forms.CharField(label="说明", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class AmendmentRequestForm(forms.Form):
    items = forms.CharField(label="需要补正的事项", widget=forms.Textarea(attrs={"rows": 4}))
    deadline = forms.DateField(label="补正期限", widget=date_widget)


class AmendmentRecordForm(forms.Form):
    amended_on = forms.DateField(label="收到补正后申请的日期", widget=date_widget)
    information_name = forms.CharField(label="补正后的所需信息名称", required=False)
    description = forms.CharField(label="补正后的内容描述", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    note = forms.CharField(label="说明", required=False)


class AbandonForm(forms.Form):
    confirm = forms.BooleanField(label="确认申请人无正当理由逾期未补正")


class ConsultationForm(forms.Form):
    kind = forms.ChoiceField(label="类型", choices=ConsultationKind.choices)
    party_name = forms.CharField(label="被征求意见方")
    party_contact = forms.CharField(label="联系方式/地址", required=False)
    matters = forms.CharField(label="征求意见的内容", widget=forms.Textarea(attrs={"rows": 3}))
    sent_on = forms.DateField(label="发出日期", widget=date_widget)


class ConsultationReplyForm(forms.Form):
    consultation = forms.ModelChoiceField(label="征求意见", queryset=None)
    reply = forms.ChoiceField(label="意见", choices=[c for c in ConsultationReply.choices if c[0] != "pending"])
    reply_text = forms.CharField(label="意见内容或理由", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    party_received_on = forms.DateField(label="对方收到征求意见书日期", required=False, widget=date_widget)
    replied_on = forms.DateField(label="答复（或认定）日期", widget=date_widget)

    def __init__(self, *args, disclosure_request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consultation"].queryset = disclosure_request.consultations.filter(reply="pending")


class OverrideForm(forms.Form):
    consultation = forms.ModelChoiceField(label="第三方", queryset=None)
    reasons = forms.CharField(label="不公开可能对公共利益造成重大影响的理由", widget=forms.Textarea(attrs={"rows": 4}))
    notified_on = forms.DateField(label="书面通知第三方日期", widget=date_widget)

    def __init__(self, *args, disclosure_request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consultation"].queryset = disclosure_request.consultations.filter(reply="disagree")


class ExtensionForm(forms.Form):
    days = forms.IntegerField(label="延长工作日数", min_value=1, max_value=20,
                              error_messages={"max_value": "延长的期限最长不得超过20个工作日。"})
    reasons = forms.CharField(label="延期理由", widget=forms.Textarea(attrs={"rows": 3}))


class FeeNoticeForm(forms.Form):
    basis = forms.ChoiceField(label="计收方式", choices=FeeBasis.choices, widget=forms.RadioSelect)
    pages = forms.IntegerField(label="页数（按量计收时填写）", required=False, min_value=1)


class FeePaymentForm(forms.Form):
    paid_on = forms.DateField(label="缴费日期", widget=date_widget)
    receipt_number = forms.CharField(label="票据号", required=False)


class ConfirmForm(forms.Form):
    note = forms.CharField(label="说明", required=False)


class AnswerForm(forms.Form):
    answer_kind = forms.ChoiceField(label="答复类型", choices=[("", "请选择")] + AnswerKind.choices)
    outcome = forms.ChoiceField(label="办理结果（年报口径）", choices=[("", "请选择")] + grouped_outcome_choices())
    answer_content = forms.CharField(label="答复内容（提供的信息，或获取方式、途径和时间）", required=False,
                                     widget=forms.Textarea(attrs={"rows": 4}))
    answer_basis = forms.CharField(label="法律依据", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    answer_reasons = forms.CharField(label="理由", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    other_agency_name = forms.CharField(label="负责公开的机关（非本机关信息时填写）", required=False)
    other_agency_contact = forms.CharField(label="该机关联系方式", required=False)
    keep_files = forms.ModelMultipleChoiceField(
        label="保留已上传的公开文件", queryset=ReleasedFile.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    files = MultipleFileField(
        label="公开的文件（选填）", required=False,
        help_text=f"随答复提供给申请人的文件，格式：{ALLOWED_LABEL}。予以公开、部分公开或附有文件的答复，"
                  "须经保密审查（起草人、科室负责人、办公室、分管领导）后方可发出",
    )

    def __init__(self, *args, disclosure_request=None, **kwargs):
        """Filled in with the answer last sent to the release review, so a returned answer is corrected,
        not typed again."""
        from .release_review import current_proposal

        proposal = current_proposal(disclosure_request) if disclosure_request is not None else None
        if proposal is not None:
            kwargs["initial"] = {**kwargs.get("initial", {}), **proposal.answer_fields(),
                                 "keep_files": list(proposal.files.all())}
        super().__init__(*args, **kwargs)
        if proposal is not None and proposal.files.exists():
            self.fields["keep_files"].queryset = proposal.files.all()
        else:
            del self.fields["keep_files"]

    def clean_files(self):
        uploads = self.cleaned_data.get("files") or []
        for upload in uploads:
            check_upload(upload)
        return uploads


class ReleaseOpinionForm(forms.Form):
    """保密审查 第六条: 同意, or 退回修改 with the reason (the button pressed gives the outcome)."""

    outcome = forms.ChoiceField(choices=Outcome.choices, widget=forms.HiddenInput)
    comment = forms.CharField(label="意见说明（退回修改时必填）", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class ConvertForm(forms.Form):
    title = forms.CharField(label="条目标题", max_length=255)
    parent = forms.ModelChoiceField(label="目录栏目", queryset=None, required=False,
                                    help_text="不选择的，放入“其他应当公开事项”栏目")

    def __init__(self, *args, **kwargs):
        from disclosure_pages.models import CategoryPage

        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = CategoryPage.objects.all().order_by("path")


def apply_service_errors(form, error):
    """Put a service's ValidationError on the form: per field where the form has it, else on the form."""
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)



class TrackingNumberField(forms.ModelChoiceField):
    """A request named by its 受理编号, typed as on the letters (spaces and lower case forgiven)."""

    def to_python(self, value):
        return super().to_python((value or "").strip().upper())


class ChallengeForm(WagtailAdminModelForm):
    """A review or litigation case (表四). The request is named by its 受理编号, as on every letter and
    in the office's files; the model checks the dates against it."""

    request = TrackingNumberField(
        label="所涉申请（受理编号）", queryset=DisclosureRequest.objects.all(), to_field_name="tracking_number",
        widget=forms.TextInput(attrs={"placeholder": "例如 YSQ20260302-ABC123", "autocomplete": "off"}),
        help_text="复议或诉讼所针对的政府信息公开申请的受理编号",
        error_messages={"required": "请填写所涉申请的受理编号。",
                        "invalid_choice": "没有这个受理编号的申请，请核对后重新填写。"},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.request_id and not self.is_bound:
            self.initial["request"] = self.instance.request.tracking_number
