"""A confirmation shown once after a public form is sent (tracking number, query code), carried from
the POST to the page it redirects to in a signed cookie that lives ten minutes and is read once.

Not in the session: a citizen who files a request or a complaint gets no session at all, so a burst of
submissions writes no session rows (one database write per submission fewer, nothing for
``clearsessions`` to sweep), and the confirmation still survives a reload of the form's POST (it
redirects). Signed, so nobody can make the page show another submission's number; HttpOnly and, in
production, Secure; the content is what the page shows its reader anyway.
"""

import json

from django.conf import settings
from django.core.signing import BadSignature

MAX_AGE = 600  # seconds: long enough for a slow connection, short enough not to linger


def hand_over(response, name, data):
    """Attach ``data`` (JSON-serialisable) to the redirect ``response`` under the cookie ``name``."""
    response.set_signed_cookie(
        name, json.dumps(data), salt=name, max_age=MAX_AGE, secure=settings.SESSION_COOKIE_SECURE,
        httponly=True, samesite="Lax",
    )
    return response


def take_over(request, name):
    """The data handed over under ``name``, or None when there is none, it was altered or it expired."""
    try:
        return json.loads(request.get_signed_cookie(name, salt=name, max_age=MAX_AGE))
    except (KeyError, BadSignature, ValueError):
        return None


def forget(response, name):
    """Read once: the confirmation page's response removes the cookie."""
    response.delete_cookie(name, samesite="Lax")
    return response
