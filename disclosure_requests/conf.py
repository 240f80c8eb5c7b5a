"""This app's settings with their defaults. Each may be set in Django settings or the environment."""

import os

from django.conf import settings

DEFAULTS = {
    # Submissions accepted per client per window: "count/seconds". The load run raises it.
    "DISCLOSURE_REQUESTS_SUBMISSION_RATE": "5/3600",
    # Status look-ups per client per window (guessing tracking numbers and codes).
    "DISCLOSURE_REQUESTS_LOOKUP_RATE": "20/600",
    "DISCLOSURE_REQUESTS_MAX_ATTACHMENTS": "3",
    "DISCLOSURE_REQUESTS_MAX_ATTACHMENT_BYTES": str(10 * 1024 * 1024),
    # Working days left at which an open request shows as due soon on the dashboard.
    "DISCLOSURE_REQUESTS_DUE_SOON_WORKING_DAYS": "5",
}


def get(name):
    if hasattr(settings, name):
        return str(getattr(settings, name))
    return os.environ.get(name, DEFAULTS[name])


def get_int(name):
    return int(get(name))


def get_bool(name):
    return get(name).lower() in {"1", "true", "yes", "on"}


def get_rate(name):
    count, seconds = get(name).split("/")
    return int(count), int(seconds)
