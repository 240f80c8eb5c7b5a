"""Per-client limits on complaints and status look-ups (abuse, and guessing of query codes).

django-ratelimit counts in Django's cache, per client address (``security.client_address``: behind
the trusted proxies only); it hashes the key, so the cache never holds a plain address. Rates are
settings of the form "count/seconds" (``COMPLAINTS_SUBMISSION_RATE``, ``COMPLAINTS_LOOKUP_RATE``).
"""

from django.conf import settings
from django_ratelimit.core import is_ratelimited

from security.client_address import client_address


def _client(group, request):
    return client_address(request) or ""


def allow(request, scope, rate_setting):
    """Count one attempt; False when the client has used up its window."""
    return not is_ratelimited(request, group=f"complaints:{scope}", key=_client,
                              rate=getattr(settings, rate_setting), increment=True)
