"""The client's address, seen through the reverse proxies the deployment trusts (``TRUSTED_PROXIES``).

Each proxy appends the address it received the request from to X-Forwarded-For, so only the
entries on the right, added by our own proxies, can be believed; anything to their left was sent
by the client and may be forged. Walking from the right past trusted proxies, the first address
that is not one of them is the client. A request that did not come from a trusted proxy is
answered by REMOTE_ADDR alone, whatever headers it carries. (django-ipware's trusted-proxy mode
returns the left-most address, which the client chooses.)
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@lru_cache(maxsize=8)
def _networks(entries):
    try:
        return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)
    except ValueError as error:
        raise ImproperlyConfigured(f"TRUSTED_PROXIES: {error}") from error


def trusted_networks():
    return _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ())))


def _parse(text):
    """An address from a header entry: bare, ``[v6]:port`` or ``v4:port``; None when unreadable."""
    text = text.strip()
    if text.startswith("[") and "]" in text:
        text = text[1:text.index("]")]
    elif text.count(":") == 1:
        text = text.split(":")[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    return getattr(address, "ipv4_mapped", None) or address


def _trusted(address, networks):
    return any(address in network for network in networks)


def client_address(request):
    """The client's IP address as a string (None when REMOTE_ADDR is missing or unreadable)."""
    remote = _parse(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return None
    networks = trusted_networks()
    if not _trusted(remote, networks):
        return str(remote)
    client = remote
    for entry in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        address = _parse(entry)
        if address is None:
            break  # garbage where a trusted proxy should have written: keep the last proxy's address
        client = address
        if not _trusted(address, networks):
            break
    return str(client)
