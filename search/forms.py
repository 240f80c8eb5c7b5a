from django import forms

from . import analysis
from .documents import CATEGORY_LABELS, VALIDITY_LABELS
from .query import NEWEST, RELEVANCE, SearchParams


class SearchForm(forms.Form):
    """The public search form. Bad filter values are dropped (a shared link must never 500)."""

    q = forms.CharField(label="检索词", required=False, strip=True)
    category = forms.MultipleChoiceField(label="信息分类", required=False, choices=list(CATEGORY_LABELS.items()))
    year = forms.CharField(label="年份", required=False)
    publisher = forms.CharField(label="发布机构", required=False)
    validity = forms.MultipleChoiceField(label="有效性", required=False, choices=list(VALIDITY_LABELS.items()))
    date_from = forms.DateField(label="发布日期从", required=False, widget=forms.DateInput(attrs={"type": "date"}),
                                error_messages={"invalid": "请按 年-月-日 格式填写日期，例如 2024-03-01。"})
    date_to = forms.DateField(label="至", required=False, widget=forms.DateInput(attrs={"type": "date"}),
                              error_messages={"invalid": "请按 年-月-日 格式填写日期，例如 2024-12-31。"})
    sort = forms.ChoiceField(label="排序", required=False, choices=[(RELEVANCE, "按相关度"), (NEWEST, "按发布日期")])
    page = forms.IntegerField(required=False, min_value=1)

    def __init__(self, data=None, *args, **kwargs):
        data = data.copy() if data is not None else None
        self.query_truncated = False
        if data is not None:
            query = (data.get("q") or "").strip()
            if len(query) > analysis.MAX_QUERY_LENGTH:
                data["q"] = query[: analysis.MAX_QUERY_LENGTH]
                self.query_truncated = True
        super().__init__(data, *args, **kwargs)

    def _digits(self, name):
        return [value for value in self.data.getlist(name) if value.isdigit()][:20] if self.data else []

    def clean(self):
        cleaned = super().clean()
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_from > date_to:
            self.add_error("date_to", "结束日期不能早于开始日期。")
        return cleaned

    def params(self):
        self.is_valid()
        data = self.cleaned_data
        return SearchParams(
            query=data.get("q") or "",
            filters={
                "category": data.get("category") or [],
                "year": self._digits("year"),
                "publisher": self._digits("publisher"),
                "validity": data.get("validity") or [],
            },
            date_from=data.get("date_from") if "date_to" not in self.errors else None,
            date_to=data.get("date_to"),
            sort=data.get("sort") or RELEVANCE,
            page=data.get("page") or 1,
        )
