from django import forms

from . import analysis
from .query import (
    FACET_LABELS,
    FACETS,
    MAX_FACET_VALUES,
    MAX_NUMBER_LENGTH,
    NEWEST,
    RELEVANCE,
    TOPIC,
    TOPIC_LABEL,
    SearchParams,
    is_facet_value,
)

ALL_TEXT, TITLE_ONLY = "all", "title"

# A value quoted back in a notice is cut to this many characters.
QUOTED_LENGTH = 20


def _quoted(value):
    return value if len(value) <= QUOTED_LENGTH else value[:QUOTED_LENGTH] + "…"


class SearchForm(forms.Form):
    """The public search form. A shared link must never fail: a bad value is left out of the search
    and the page says so (``notices``); nothing else the reader asked for is lost."""

    q = forms.CharField(label="检索词", required=False, strip=True)
    date_from = forms.DateField(label="发布日期从", required=False, widget=forms.DateInput(attrs={"type": "date"}),
                                error_messages={"invalid": "请按 年-月-日 格式填写日期，例如 2024-03-01。"})
    date_to = forms.DateField(label="至", required=False, widget=forms.DateInput(attrs={"type": "date"}),
                              error_messages={"invalid": "请按 年-月-日 格式填写日期，例如 2024-12-31。"})
    scope = forms.ChoiceField(label="检索范围", required=False, choices=[(ALL_TEXT, "全文"), (TITLE_ONLY, "仅标题")])
    number = forms.CharField(label="文号或索引号包含", required=False, strip=True, max_length=MAX_NUMBER_LENGTH,
                             error_messages={"max_length": "文号或索引号最多 %(limit_value)d 个字。"})
    sort = forms.ChoiceField(label="排序", required=False, choices=[(RELEVANCE, "按相关度"), (NEWEST, "按发布日期")])
    # ASCII digits only: int() also reads ١ or ８, and str.isdigit() accepts ². Past the last page
    # SearchParams shows the last one.
    page = forms.RegexField(regex=r"\A[0-9]{1,9}\Z", required=False)

    def __init__(self, data=None, *args, **kwargs):
        data = data.copy() if data is not None else None
        self.query_truncated = False
        self.notices = []
        if data is not None:
            query = (data.get("q") or "").strip()
            limited = analysis.limit_query(query)
            if limited != query:
                data["q"] = limited
                self.query_truncated = True
                self.notices.append(f"检索词过长，已截取前 {len(limited)} 个字检索。")
        super().__init__(data, *args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_from > date_to:
            self.add_error("date_to", "结束日期不能早于开始日期。")
        return cleaned

    def _facet_filters(self):
        """Each facet's valid values (and the topic's, at most one); the others are named in a notice."""
        filters, ignored = {}, []
        for name, label, most in [*((name, FACET_LABELS[name], MAX_FACET_VALUES) for name in FACETS),
                                  (TOPIC, TOPIC_LABEL, 1)]:
            values = [value for value in (self.data.getlist(name) if self.data else []) if value]
            valid = [value for value in values if is_facet_value(name, value)]
            filters[name] = valid[:most]
            ignored += [f"{label}“{_quoted(value)}”" for value in values if value not in valid]
        if ignored:
            self.notices.append("已忽略无效的筛选条件：" + "、".join(ignored[:5]) + ("等" if len(ignored) > 5 else "") + "。")
        return filters

    def params(self):
        self.is_valid()
        data = self.cleaned_data
        if "page" in self.errors:
            self.notices.append(f"页码“{_quoted(self.data.get('page', ''))}”无效，已显示第 1 页。")
        filters = self._facet_filters()
        topic = filters.pop(TOPIC)
        return SearchParams(
            query=data.get("q") or "",
            filters=filters,
            topic=topic[0] if topic else "",
            date_from=data.get("date_from") if "date_to" not in self.errors else None,
            date_to=data.get("date_to"),
            sort=data.get("sort") or RELEVANCE,
            title_only=data.get("scope") == TITLE_ONLY,
            number=data.get("number") or "",
            page=int(data.get("page") or 1),
        )
