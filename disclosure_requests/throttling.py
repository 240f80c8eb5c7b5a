"""Per-client limits on submissions and status look-ups (abuse, and guessing of query codes).

Counted in Django's cache: a fixed window per client address. Rates come from ``conf``.
"""

import hashlib

from django.core.cache import cache

from . import conf


def client_key(request):
    address = request.META.get("REMOTE_ADDR", "")
    if conf.get_bool("DISCLOSURE_REQUESTS_TRUST_FORWARDED_FOR"):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            address = forwarded.split(",")[0].strip()
    # Hashed: the cache never holds a plain client address.
    return hashlib.sha256(address.encode()).hexdigest()[:32]


def allow(request, scope, rate_setting):
    """Count one attempt; False when the client has used up its window."""
    limit, window = conf.get_rate(rate_setting)
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
