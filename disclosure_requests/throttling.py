"""Per-client limits on submissions and status look-ups (abuse, and guessing of query codes).

Counted in Django's cache: a fixed window per client address (``security.client_address``). Rates
are settings of the form "count/seconds" (``DISCLOSURE_REQUESTS_SUBMISSION_RATE``, ``…_LOOKUP_RATE``).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

from security.client_address import client_address


def client_key(request):
    # Behind the trusted reverse proxies of TRUSTED_PROXIES only (a forged X-Forwarded-For counts for nothing).
    address = client_address(request) or ""
    # Hashed: the cache never holds a plain client address.
    return hashlib.sha256(address.encode()).hexdigest()[:32]


def allow(request, scope, rate_setting):
    """Count one attempt; False when the client has used up its window."""
    count, seconds = str(getattr(settings, rate_setting)).split("/")
    limit, window = int(count), int(seconds)
    key = f"disclosure_requests:throttle:{scope}:{client_key(request)}"
    if cache.add(key, 1, timeout=window):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=window)
            count = 1
    return count <= limit
