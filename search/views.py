import hashlib

from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.http import urlencode
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from disclosure_pages.models import TopicCategory

from . import analysis, expansion, popularity
from .documents import VALIDITY_LABELS
from .forms import SearchForm
from .models import IndexedDocument
from .query import FACET_LABELS, FACETS, TOPIC, TOPIC_LABEL, is_facet_value, search
from .suggestions import suggestions
from .vocabulary import index_stamp, vocabulary

SUGGESTIONS_MAX_AGE = 60
KEPT = ("q", "scope", "number", "category", "year", "publisher", "validity", TOPIC, "date_from", "date_to", "sort")
# Parameters whose values are checked before a link carries them on.
CHECKED = (*FACETS, TOPIC)


def _kept(request, key):
    """The values of ``key`` that links carry on (an ignored filter value is not passed along)."""
    return [value for value in request.GET.getlist(key) if value and (key not in CHECKED or is_facet_value(key, value))]


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
    searched = bool(params.query.strip() or params.filters or params.date_from or params.date_to or params.number
                    or params.topic)
    topic_groups, topic_names = _topics(params.topic)
    titles = vocabulary()
    expanded = expansion.expand(params, titles) if params.query else expansion.Expansion()
    results = search(params) if searched else None
    corrected = expansion.correction(params.query, titles) if params.query else None
    if results is not None and results.total and params.query and params.page == 1:
        popularity.record(params.query)

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
        if params.title_only:
            selected.append({"heading": "检索范围", "label": "仅标题", "url": _url(request, drop=[("scope", "title")])})
        if params.topic:
            selected.append({"heading": TOPIC_LABEL, "label": topic_names.get(params.topic, params.topic),
                             "url": _url(request, drop=[(TOPIC, params.topic)])})
        if params.number:
            selected.append({"heading": "文号或索引号包含", "label": request.GET.get("number", ""),
                             "url": _url(request, drop=[("number", request.GET.get("number"))])})

    exact_hits, other_hits = _exact_first(params, results.hits if results is not None else [])
    context = {
        "form": form,
        "expanded": expanded,
        "correction": corrected,
        "correction_url": "?" + urlencode([("q", corrected)]) if corrected else "",
        "exact_hits": exact_hits,
        "other_hits": other_hits,
        "popular_searches": [{"query": query, "url": "?" + urlencode([("q", query)])} for query in popularity.popular(titles)],
        "publisher_choices": _choices(request, "publisher", _publishers()),
        "validity_choices": _choices(request, "validity", VALIDITY_LABELS.items()),
        "topic_groups": topic_groups,
        "advanced_open": params.title_only or bool(params.number or params.topic or params.filters.get("publisher")
                                                   or params.filters.get("validity")),
        "search_query": params.query,
        "params": params,
        "results": results,
        "searched": searched,
        "query_truncated": form.query_truncated,
        "notices": form.notices,
        "facets": facets,
        "selected_filters": selected,
        "hidden_fields": [(key, value) for key in ("category", "year", "sort")
                          for value in _kept(request, key)],
        "sort_urls": {"relevance": _url(request, drop=[("sort", "date"), ("sort", "relevance")]),
                      "date": _url(request, drop=[("sort", "date"), ("sort", "relevance")], add=("sort", "date"))},
    }
    if results is not None:
        context["previous_url"] = _url(request, page=results.page - 1) if results.has_previous else ""
        context["next_url"] = _url(request, page=results.page + 1) if results.has_next else ""
        context["without_filters_url"] = "?" + urlencode([("q", params.query)]) if params.query else ""
    return render(request, "search/search.html", context)


def _publishers():
    """(section id, name) of the sections with public pages (the index holds public pages only)."""
    rows = IndexedDocument.objects.exclude(publisher_id=None).values_list("publisher_id", "publisher_name")
    return sorted(dict(rows.distinct()).items(), key=lambda row: row[1])


def _topics(selected):
    """The 主题分类 <select>'s groups: each top-level topic (which also finds its children's items)
    with its children; and id → name of every topic, for the 已选条件 chip."""
    topics = list(TopicCategory.objects.values_list("pk", "name", "parent_id"))
    children = {}
    for pk, name, parent_id in topics:
        if parent_id is not None:
            children.setdefault(parent_id, []).append({"value": str(pk), "label": name,
                                                       "selected": str(pk) == selected})
    groups = [{"label": name, "choices": [{"value": str(pk), "label": f"{name}（全部）", "selected": str(pk) == selected},
                                          *children.get(pk, [])]}
              for pk, name, parent_id in topics if parent_id is None]
    names = {pk: name for pk, name, _ in topics}
    return groups, {str(pk): f"{names[parent_id]}／{name}" if parent_id in names else name
                    for pk, name, parent_id in topics}


def _choices(request, key, options):
    selected = set(_kept(request, key))
    return [{"value": str(value), "label": label, "selected": str(value) in selected} for value, label in options]


def _exact_first(params, hits):
    """(the hits whose 文号 or 索引号 is exactly the query, the others): shown as 精确匹配 above the rest."""
    exact = [hit for hit in hits if analysis.is_exact_number(params.number_key, hit.document_number, hit.index_number)]
    return exact, [hit for hit in hits if hit not in exact]


@require_GET
@cache_control(max_age=SUGGESTIONS_MAX_AGE, private=True)
def suggest_view(request):
    """Suggestions while typing, as JSON for static/js/search.js. Cached per text until the index
    changes (a page taken off the site leaves the suggestions at once) or for a minute."""
    typed = request.GET.get("q", "")
    key = "catalogue_search:suggest:" + hashlib.sha256(repr((index_stamp(), typed)).encode()).hexdigest()
    found = cache.get(key)
    if found is None:
        found = suggestions(typed)
        cache.set(key, found, SUGGESTIONS_MAX_AGE)
    return JsonResponse({"suggestions": found}, json_dumps_params={"ensure_ascii": False})
