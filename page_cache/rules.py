"""Which requests the anonymous page cache may answer and which responses it may keep.

Safe by construction: a response is kept only when everything below holds, so a page served to
a logged-in editor, a form with a CSRF token, a message or anything written to a session never
reaches another visitor.

- the request is an anonymous GET/HEAD: no session or messages cookie, no Authorization header,
  and a query string of whitelisted parameters only (the pager), so search and the status look-up
  are never kept;
- the response was marked public by what produced it: every Wagtail page served live through
  ``wagtail.views.serve`` (``page_cache.wagtail_hooks``, whatever its page type), or a view named
  in ``PAGE_CACHE_VIEWS`` (feeds, sitemap); never the admin, a preview or a form view;
- the response is a 200 that sets no cookie, used no CSRF token, wrote nothing to the session,
  and does not say private/no-store/no-cache.
"""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage

PUBLIC_MARK = "page_cache_public"


def mark_public(response):
    setattr(response, PUBLIC_MARK, True)
    return response


def request_may_use_cache(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or CookieStorage.cookie_name in request.COOKIES:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    allowed = settings.PAGE_CACHE_QUERY_PARAMETERS
    return all(name in allowed and len(request.GET.getlist(name)) == 1 for name in request.GET)


def _marked_public(request, response):
    if getattr(response, PUBLIC_MARK, False):
        return True
    match = getattr(request, "resolver_match", None)
    return match is not None and match.view_name in settings.PAGE_CACHE_VIEWS


def response_may_be_kept(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if not _marked_public(request, response) or getattr(request, "is_preview", False):
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))
