"""Each category's listing rows (``CatalogueEntry``) and item count (``CategoryListing``), kept in
step when what the public catalogue shows changes: an item published, unpublished, withdrawn,
moved or deleted, a category moved, a view restriction added or removed (Wagtail's page signals
cover every publish path)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .routing import path_prefixes


def recount(category):
    from .models import CategoryListing, catalogue_entries

    count = catalogue_entries().descendant_of(category).count()
    CategoryListing.objects.update_or_create(category=category, defaults={"item_count": count})
    return count


def categories_above(page, inclusive=True):
    from .models import CategoryPage

    paths = path_prefixes(page.path, page.steplen)
    return CategoryPage.objects.filter(path__in=paths if inclusive else paths[:-1])


def list_item(item):
    """The item's rows: one per category above it while it is live with a publication date."""
    from .models import CatalogueEntry

    CatalogueEntry.objects.filter(item_id=item.pk).delete()
    if item.live and item.publication_date:
        CatalogueEntry.objects.bulk_create(
            CatalogueEntry(category=category, item_id=item.pk, publication_date=item.publication_date)
            for category in categories_above(item, inclusive=False)
        )


def refresh_item(page):
    """After an item's public state changed: its rows and the counts above it."""
    from .models import DisclosureItemPage

    if isinstance(page, DisclosureItemPage):
        list_item(page)
        for category in categories_above(page, inclusive=False):
            recount(category)


def refresh_subtree(page):
    """After a category moved: the rows of every item below it and every count above and below."""
    from .models import CategoryPage, DisclosureItemPage

    for item in DisclosureItemPage.objects.filter(path__startswith=page.path):
        list_item(item)
    for category in {*categories_above(page), *CategoryPage.objects.descendant_of(page)}:
        recount(category)


def recount_all():
    from .models import CategoryPage

    for category in CategoryPage.objects.all():
        recount(category)


def _page_changed(sender, instance, **kwargs):
    refresh_item(instance.specific)


def _page_moved(sender, instance, parent_page_before=None, **kwargs):
    from .models import DisclosureItemPage

    instance = instance.specific
    if isinstance(instance, DisclosureItemPage):
        refresh_item(instance)
    else:
        refresh_subtree(instance)
    if parent_page_before is not None:
        for category in categories_above(parent_page_before):
            recount(category)


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        from django.db.models import Q

        from .models import CatalogueEntry, CategoryListing

        # Wagtail unpublishes a page it deletes with the row still live, so page_unpublished (or the
        # recount of an item deleted with its category) may have written rows again after the deletion
        # collected them: remove what is left.
        CatalogueEntry.objects.filter(Q(item_id=instance.pk) | Q(category_id=instance.pk)).delete()
        CategoryListing.objects.filter(category_id=instance.pk).delete()
        for category in categories_above(instance, inclusive=False):
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
