from django import forms
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.pages import CopyForm

from organisation.models import Role
from organisation.people import roles_of


class ItemForm(WagtailAdminPageForm):
    """The item editor. A new item's 发布机构 starts as the drafter's own section (保密审查 第三条
    谁主管、谁负责: the drafting section owns it and runs its review); they may choose another."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None and "publisher" in self.fields and not self.initial.get("publisher"):
            drafting = {section for section, role in roles_of(self.for_user)["memberships"] if role == Role.DRAFTER}
            if len(drafting) == 1:
                self.initial["publisher"] = drafting.pop()
        if not self.instance.path and self.parent_page is not None:
            # A new item is not in the tree yet: the model's rules read its category from the parent.
            self.instance.category = getattr(self.parent_page.specific, "category", None)
        if "channels" in self.formsets:
            # The model checks each channel's date against the item's 生成日期 as entered in this form.
            for form in self.formsets["channels"].forms:
                form.instance.page = self.instance


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
