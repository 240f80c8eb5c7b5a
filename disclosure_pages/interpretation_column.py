"""政策解读 column of the public site (政策解读制度): every public interpretation, newest first,
filterable by form and year through validated GET parameters."""

from django import forms
from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from .models import InterpretationForm, InterpretationPage, catalogue_entries
from .models.catalogue import CATALOGUE_PAGE_SIZE


def public_interpretations():
    return InterpretationPage.objects.filter(pk__in=catalogue_entries().values("pk")).order_by(
        "-publication_date", "-pk"
    )


class InterpretationFilterForm(forms.Form):
    form = forms.ChoiceField(
        label="解读形式", required=False, choices=[("", "全部形式"), *InterpretationForm.choices],
        error_messages={"invalid_choice": "没有这种解读形式，请从列表中选择。"},
    )
    year = forms.TypedChoiceField(
        label="发布年份", required=False, coerce=int, empty_value=None,
        error_messages={"invalid_choice": "该年份没有发布政策解读，请从列表中选择。"},
    )

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", "全部年份"), *((str(year), f"{year}年") for year in years)]

    def filter(self, interpretations):
        if not self.is_valid():
            return interpretations
        if self.cleaned_data["form"]:
            interpretations = interpretations.filter(interpretation_form=self.cleaned_data["form"])
        if self.cleaned_data["year"]:
            interpretations = interpretations.filter(publication_date__year=self.cleaned_data["year"])
        return interpretations


def interpretation_column(request):
    interpretations = public_interpretations()
    years = sorted({day.year for day in interpretations.dates("publication_date", "year")}, reverse=True)
    form = InterpretationFilterForm(request.GET or None, years=years)
    page = Paginator(form.filter(interpretations), CATALOGUE_PAGE_SIZE).get_page(request.GET.get("page"))
    # The documents the public may read, in one query: a page names no other (see public_interpreted_document).
    documents = catalogue_entries().in_bulk([entry.interpreted_document_id for entry in page])
    for entry in page:
        entry.public_document = documents.get(entry.interpreted_document_id)
    query = request.GET.copy()
    query.pop("page", None)
    return TemplateResponse(
        request,
        "disclosure_pages/interpretation_column.html",
        {"entries": page, "filter_form": form, "query": query.urlencode()},
        status=400 if form.is_bound and not form.is_valid() else 200,
    )
