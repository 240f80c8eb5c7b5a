from django import forms

from disclosure_pages.models import DisclosureDecision

from .models import EscalationDecision, WithholdingGround


class OpinionForm(forms.Form):
    """The opinion every approval carries (保密审查 第六条)."""

    decision = forms.ChoiceField(label="公开意见", choices=DisclosureDecision.choices, initial=DisclosureDecision.PROACTIVE)
    grounds = forms.MultipleChoiceField(
        label="不予主动公开的依据",
        choices=WithholdingGround.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="公开意见为依申请公开或不予公开时必选（保密审查 第五条）",
    )
    comment = forms.CharField(label="意见说明", required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") and cleaned["decision"] != DisclosureDecision.PROACTIVE and not cleaned.get("grounds"):
            self.add_error("grounds", "依申请公开或不予公开时，必须选择依据。")
        if cleaned.get("decision") == DisclosureDecision.PROACTIVE:
            cleaned["grounds"] = []
        return cleaned


class RejectionForm(forms.Form):
    comment = forms.CharField(label="退回理由", widget=forms.Textarea(attrs={"rows": 3}))


class FindingConfirmationForm(forms.Form):
    reason = forms.CharField(label="确认理由", widget=forms.Textarea(attrs={"rows": 2}),
                             help_text="说明该内容为何可以公开，例如：单位公开的办公电话")


class EscalationForm(forms.Form):
    referred_to = forms.CharField(label="报送机关", max_length=200, help_text="有权确定密级的上级领导或保密工作部门")
    question = forms.CharField(label="需确定的事项", widget=forms.Textarea(attrs={"rows": 3}))


class EscalationDecisionForm(forms.Form):
    decision = forms.ChoiceField(label="确定结果", choices=EscalationDecision.choices)
    decision_reference = forms.CharField(label="确定依据/文号", max_length=200)
