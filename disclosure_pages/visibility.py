"""Which pages the public may see, in the query that lists them."""

from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith
from wagtail.models import PageViewRestriction


def without_view_restrictions(pages):
    """Wagtail's ``.public()`` inside the listing's own query: no view restriction on the page or an
    ancestor. (``.public()`` reads every restriction in a query of its own each time it is used.)"""
    covering = PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path")))
    return pages.filter(~Exists(covering))
