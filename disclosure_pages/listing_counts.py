"""The number of items each category lists (``CategoryListing``), recounted when what the public
catalogue shows changes: an item published, unpublished, withdrawn, moved or deleted, a view
restriction added or removed (Wagtail's page signals cover every publish path)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .routing import path_prefixes


def recount(category):
    from .models import CategoryListing, catalogue_entries

    count = catalogue_entries().descendant_of(category).count()
    CategoryListing.objects.update_or_create(category=category, defaults={"item_count": count})
    return count


def recount_around(page):
    """Every category above ``page`` (and ``page`` itself when it is one)."""
    from .models import CategoryPage

    for category in CategoryPage.objects.filter(path__in=path_prefixes(page.path, page.steplen)):
        recount(category)


def recount_all():
    from .models import CategoryPage

    for category in CategoryPage.objects.all():
        recount(category)


def _page_changed(sender, instance, **kwargs):
    recount_around(instance)


def _page_moved(sender, instance, parent_page_before=None, **kwargs):
    recount_around(instance)
    if parent_page_before is not None:
        recount_around(parent_page_before)


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        from .models import CategoryPage

        parents = CategoryPage.objects.filter(path__in=path_prefixes(instance.path, instance.steplen)[:-1])
        for category in parents:
            recount(category)


def _restriction_changed(sender, instance, **kwargs):
    recount_all()


def connect():
    page_published.connect(_page_changed, dispatch_uid="listing_counts_published")
    page_unpublished.connect(_page_changed, dispatch_uid="listing_counts_unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="listing_counts_moved")
    post_delete.connect(_page_deleted, dispatch_uid="listing_counts_deleted")
    post_save.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="listing_counts_restricted")
    post_delete.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="listing_counts_unrestricted")
