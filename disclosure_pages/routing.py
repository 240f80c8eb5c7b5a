"""Routing a request to its page in one query, whatever its depth.

Wagtail's ``Page.route`` reads one level at a time (two queries per level). The site's root page
(``PortalHomePage``) reads every page on the requested path at once, then hands over to the
deepest page found, or earlier to any page type that routes on its own (one that overrides
``route``), so every page type keeps its own routing. The page is read with what its model names in
``route_related`` (joined) and ``route_annotations()`` (computed in the same query). The ancestors read on the way are kept on
the page for its breadcrumbs and view restrictions (``SectionScopedPage``).
"""

from django.db.models import Q
from wagtail.models import Page


def path_prefixes(path, steplen):
    """The tree paths from the root down to ``path`` itself (treebeard's materialised path)."""
    return [path[:end] for end in range(steplen, len(path) + 1, steplen)]


def route_in_one_query(root, request, path_components):
    on_path = Q(path__startswith=root.path, depth__gt=root.depth, depth__lte=root.depth + len(path_components),
                slug__in=set(path_components))
    found = list(Page.objects.filter(on_path | Q(path__in=path_prefixes(root.path, root.steplen)[:-1])).order_by("path"))
    chain = [*(page for page in found if page.depth < root.depth), root]
    target = root
    for consumed, slug in enumerate(path_components, start=1):
        child = next((p for p in found if p.depth == target.depth + 1 and p.slug == slug
                      and p.path.startswith(target.path)), None)
        if child is None:
            break
        child._cached_parent_obj = target
        chain.append(child)
        target = child
        if consumed < len(path_components) and getattr(child.specific_class, "route", Page.route) is not Page.route:
            break  # a page type with routing of its own takes the rest of the path
    if target is root:
        return Page.route(root, request, path_components)
    model = target.specific_class
    pages = model.objects.select_related(*getattr(model, "route_related", ()))
    if hasattr(model, "route_annotations"):
        pages = pages.annotate(**model.route_annotations())
    page = pages.get(pk=target.pk)
    page._cached_parent_obj = target._cached_parent_obj
    page.route_ancestors = chain[:-1]
    return page.route(request, path_components[len(chain) - chain.index(root) - 1:])
