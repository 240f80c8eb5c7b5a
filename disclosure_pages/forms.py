from django import forms
from wagtail.admin.forms.pages import CopyForm


class ItemCopyForm(CopyForm):
    """Copying a catalogue item makes a new item; "create an alias" is not offered (see
    ``disclosure_pages.models.items.AliasRefused``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.pop("alias", None)


class WithdrawalForm(forms.Form):
    """主动公开制度 第二条: withdrawing a live item is published with an explanation."""

    explanation = forms.CharField(
        label="撤销说明",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=1000,
        help_text="将在信息公开目录和原页面地址公开展示，例如：该文件已被《…》（卫云数发〔2025〕3号）替代。",
        error_messages={"required": "撤销已公开的信息时，必须填写撤销说明。"},
    )
