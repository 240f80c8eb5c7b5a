from django import forms

from ..models import AnnualReport, ExternalFigures
from ..models.reports import validate_past_year


class NewReportForm(forms.Form):
    year = forms.IntegerField(label="年度", validators=[validate_past_year])

    def clean_year(self):
        year = self.cleaned_data["year"]
        if AnnualReport.objects.filter(year=year).exists():
            raise forms.ValidationError(f"{year}年的年度报告已存在。")
        return year


class NarrativeForm(forms.ModelForm):
    class Meta:
        model = AnnualReport
        fields = AnnualReport.NARRATIVE_FIELDS
        widgets = {name: forms.Textarea(attrs={"rows": 6}) for name in AnnualReport.NARRATIVE_FIELDS}


class ExternalFiguresForm(forms.ModelForm):
    """表二's rows from other systems; the model's validators refuse negative numbers and future years."""

    class Meta:
        model = ExternalFigures
        fields = ["licensing_decisions", "penalty_decisions", "enforcement_decisions", "fees_collected"]
        error_messages = {
            name: {"min_value": "不能为负数。"}
            for name in ["licensing_decisions", "penalty_decisions", "enforcement_decisions", "fees_collected"]
        }
