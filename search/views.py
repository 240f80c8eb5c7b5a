from django.shortcuts import render
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from .forms import SearchForm
from .query import FACET_LABELS, FACETS, is_facet_value, search

KEPT = ("q", "category", "year", "publisher", "validity", "date_from", "date_to", "sort")


def _kept(request, key):
    """The values of ``key`` that links carry on (an ignored filter value is not passed along)."""
    return [value for value in request.GET.getlist(key) if value and (key not in FACETS or is_facet_value(key, value))]


def _url(request, drop=(), add=None, page=None):
    """This search's URL with filter values dropped/added (and back to page 1 unless ``page``)."""
    pairs = [(key, value) for key in KEPT for value in _kept(request, key) if (key, value) not in drop]
    if add:
        pairs.append(add)
    if page and page > 1:
        pairs.append(("page", str(page)))
    return "?" + urlencode(pairs)


@require_GET
def search_view(request):
    form = SearchForm(request.GET)
    params = form.params()
    searched = bool(params.query.strip() or params.filters or params.date_from or params.date_to)
    results = search(params) if searched else None

    facets, selected = [], []
    if results is not None:
        for name in FACETS:
            values = []
            for value in results.facets[name]:
                pair = (name, value.value)
                url = _url(request, drop=[pair]) if value.selected else _url(request, add=pair)
                values.append({"value": value, "url": url})
                if value.selected:
                    selected.append({"heading": FACET_LABELS[name], "label": value.label, "url": url})
            facets.append({"name": name, "heading": FACET_LABELS[name], "values": values})
        for name, label in (("date_from", "发布日期从"), ("date_to", "发布日期至")):
            value = getattr(params, name)
            if value:
                selected.append({"heading": label, "label": value.isoformat(),
                                 "url": _url(request, drop=[(name, request.GET.get(name))])})

    context = {
        "form": form,
        "search_query": params.query,
        "params": params,
        "results": results,
        "searched": searched,
        "query_truncated": form.query_truncated,
        "notices": form.notices,
        "facets": facets,
        "selected_filters": selected,
        "hidden_fields": [(key, value) for key in ("category", "year", "publisher", "validity", "sort")
                          for value in _kept(request, key)],
        "sort_urls": {"relevance": _url(request, drop=[("sort", "date"), ("sort", "relevance")]),
                      "date": _url(request, drop=[("sort", "date"), ("sort", "relevance")], add=("sort", "date"))},
    }
    if results is not None:
        context["previous_url"] = _url(request, page=results.page - 1) if results.has_previous else ""
        context["next_url"] = _url(request, page=results.page + 1) if results.has_next else ""
        context["without_filters_url"] = "?" + urlencode([("q", params.query)]) if params.query else ""
    return render(request, "search/search.html", context)
