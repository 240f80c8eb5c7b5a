"""A category's listing that costs the same at any size and any depth of paging.

Rows come newest first from an index ordered by (publication_date, id) (for a category, its
``CatalogueEntry`` rows): the first pages by position, and
deeper ones by keyset (``before``/``after``: the date and id of the row next to them), the last
page read from the oldest end. The number of items is kept per category (``CategoryListing``),
recounted when an item's public state changes, so no request counts the catalogue.
"""

import datetime
import math

from django.db.models import Q

CURSOR_SEPARATOR = "_"


def cursor(item):
    return f"{item.publication_date.isoformat()}{CURSOR_SEPARATOR}{item.pk}"


def _parse_cursor(value):
    try:
        day, pk = (value or "").split(CURSOR_SEPARATOR)
        return datetime.date.fromisoformat(day), int(pk)
    except ValueError:
        return None


def _after(day, pk, date_field, id_field, direction):
    return Q(**{f"{date_field}__{direction}": day}) | Q(**{date_field: day, f"{id_field}__{direction}": pk})


class ListingPage:
    """One page of a listing: ``object_list``, ``number`` (of ``num_pages``), ``count`` and the
    query strings of the neighbouring pages (``previous_query``, ``next_query``, ``last_query``)."""

    def __init__(self, entries, count, size, params, date_field="publication_date", id_field="pk"):
        self.count, self.size = count, size
        self.num_pages = max(1, math.ceil(count / size))
        self.number = self._number(params.get("page"))
        before, after = _parse_cursor(params.get("before")), _parse_cursor(params.get("after"))
        if before:
            rows = list(entries.filter(_after(*before, date_field, id_field, "lt"))[:size])
        elif after:
            rows = list(entries.filter(_after(*after, date_field, id_field, "gt")).reverse()[:size])[::-1]
        elif self.number == self.num_pages and self.number > 1:
            # The oldest end of the index: the last page costs what the first does.
            rows = list(entries.reverse()[: count - size * (self.num_pages - 1)])[::-1]
        else:
            start = (self.number - 1) * size
            rows = list(entries[start:start + size])
        self.object_list = rows

    def _number(self, value):
        if value == "last":
            return self.num_pages
        try:
            return min(max(int(value), 1), self.num_pages)
        except (TypeError, ValueError):
            return 1

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)

    @property
    def has_previous(self):
        return self.number > 1 and bool(self.object_list)

    @property
    def has_next(self):
        return self.number < self.num_pages and bool(self.object_list)

    @property
    def previous_query(self):
        if self.number - 1 == 1:
            return ""
        return f"?page={self.number - 1}&after={cursor(self.object_list[0])}"

    @property
    def next_query(self):
        return f"?page={self.number + 1}&before={cursor(self.object_list[-1])}"

    @property
    def last_query(self):
        return "?page=last"
