"""Which pages belong to which section, as querysets (保密审查 第三条: 谁主管、谁负责).

``organisation.people.owning_section_id`` answers for one page; the admin's listings need the same
answer as a filter over ``wagtailcore.Page``. Page types that name their section have a ``publisher``
field; every other page belongs to the general office.
"""

from django.db.models import F, Q
from wagtail.models import get_page_models

from organisation.people import general_office_id, roles_of, sees_every_section


def _types_with_publisher():
    # Concrete tables only: a subclass (InterpretationPage) shares its parent's publisher column.
    return [
        model
        for model in get_page_models()
        if any(f.name == "publisher" and f.model is model for f in model._meta.get_fields())
    ]


def owned_by(section_ids):
    """A ``Q`` on ``wagtailcore.Page`` for the pages owned by any of ``section_ids``."""
    section_ids = set(section_ids)
    q = Q(pk__in=[])
    for model in _types_with_publisher():
        q |= Q(pk__in=model.objects.filter(publisher_id__in=section_ids).values("pk"))
    if general_office_id() in section_ids:
        named = Q()
        for model in _types_with_publisher():
            named &= ~Q(pk__in=model.objects.filter(publisher__isnull=False).values("pk"))
        q |= named
    return q


def visible_in_admin(user):
    """A ``Q`` on ``wagtailcore.Page`` for what ``user`` may see in the admin's listings, choosers and
    search: live pages whose draft title is still the public one, and the pages of the user's own
    sections. The office's reviewers and administrators see everything."""
    if sees_every_section(user):
        return Q()
    return Q(live=True, draft_title=F("title")) | owned_by(roles_of(user)["sections"])
