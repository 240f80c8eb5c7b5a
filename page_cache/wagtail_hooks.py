from wagtail import hooks

from .rules import mark_public


@hooks.register("on_serve_page")
def mark_live_pages_public(next_serve_page):
    """Every live page served through Wagtail's front-end view, of any page type, may be cached
    (the rules of ``page_cache.rules`` still decide). View restrictions answer before this chain."""

    def serve(page, request, args, kwargs):
        response = next_serve_page(page, request, args, kwargs)
        if page.live and not getattr(request, "is_preview", False):
            mark_public(response)
        return response

    return serve
