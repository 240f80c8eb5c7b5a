from django import forms
from django.core.validators import FileExtensionValidator

from organisation.models import Section

from ..models import AssessmentRound, Grade, GradingThresholds
from .services import check_sections

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


class RoundForm(forms.ModelForm):
    sections = forms.ModelMultipleChoiceField(Section.objects.all(), required=False,
                                              widget=forms.CheckboxSelectMultiple, label="重点考核科室")

    class Meta:
        model = AssessmentRound
        fields = ["year", "scope", "sections", "notice", "self_check_due"]
        widgets = {"self_check_due": forms.DateInput(attrs={"type": "date"})}

    def clean(self):
        data = super().clean()
        try:
            check_sections(data.get("scope"), data.get("sections"))
        except forms.ValidationError as error:
            self.add_error(None, error)
        return data


class SelfCheckForm(forms.Form):
    text = forms.CharField(label="自查报告", widget=forms.Textarea(attrs={"rows": 10}))
    attachment = forms.FileField(
        label="附件（可选，替换已上传的附件）", required=False, help_text="PDF、Word、Excel、图片或 ZIP，不超过 20 MB",
        validators=[FileExtensionValidator(["pdf", "doc", "docx", "xls", "xlsx", "jpg", "jpeg", "png", "zip"],
                                           message="附件只能是 PDF、Word、Excel、图片或 ZIP 文件。")])

    def clean_attachment(self):
        attachment = self.cleaned_data.get("attachment")
        if attachment and attachment.size > MAX_ATTACHMENT_BYTES:
            raise forms.ValidationError("附件不能超过 20 MB。")
        return attachment


class GradeForm(forms.Form):
    grade = forms.ChoiceField(label="考核等次", choices=Grade.choices)
    comment = forms.CharField(label="评议意见", widget=forms.Textarea(attrs={"rows": 5}))


class ThresholdsForm(forms.ModelForm):
    class Meta:
        model = GradingThresholds
        fields = ["excellent_rate", "excellent_incidents", "good_rate", "good_incidents", "basic_rate",
                  "basic_incidents"]
