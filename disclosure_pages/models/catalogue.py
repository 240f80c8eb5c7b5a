from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from ..listing import ListingPage
from ..visibility import without_view_restrictions
from .choices import DisclosureCategory
from .scoping import SectionScopedPage

CATALOGUE_PAGE_SIZE = 20


class CatalogueIndexPage(SectionScopedPage, Page):
    """信息公开目录: the five categories and the newest items."""

    intro = RichTextField("目录说明", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["disclosure_pages.PortalHomePage"]
    subpage_types = ["disclosure_pages.CategoryPage"]
    max_count = 1

    class Meta:
        verbose_name = "信息公开目录"

    def get_context(self, request, *args, **kwargs):
        from .items import catalogue_entries

        context = super().get_context(request, *args, **kwargs)
        context["categories"] = public_subcategories(self)
        context["latest_items"] = catalogue_entries().descendant_of(self)[:10]
        context["withdrawn_items"] = withdrawn_entries(self)
        return context


def public_subcategories(parent):
    """The live, public categories right below ``parent``, in tree order. Read from the category
    table, a few hundred rows at most, and picked here: a query by depth and path prefix reads every
    item at that depth of the tree."""
    categories = without_view_restrictions(CategoryPage.objects.live()).order_by("page_ptr")
    children = [c for c in categories if c.depth == parent.depth + 1 and c.path.startswith(parent.path)]
    return sorted(children, key=lambda category: category.path)


def withdrawn_entries(ancestor, limit=20):
    """Items withdrawn from the catalogue, shown with their explanation (主动公开 第二条), as the
    public last saw them (their last live revision, never a later draft)."""
    from .choices import DisclosureDecision
    from .items import DisclosureItemPage

    items = (
        DisclosureItemPage.objects.descendant_of(ancestor)
        .filter(
            live=False,
            withdrawn_at__isnull=False,
            withdrawn_revision__isnull=False,
            disclosure_decision=DisclosureDecision.PROACTIVE,
        )
        .select_related("withdrawn_revision")
        .order_by("-withdrawn_at")[:limit]
    )
    return [item.as_withdrawn() for item in items]


class CategoryListing(models.Model):
    """How many items a category's listing shows (its own and its sub-categories'), kept by
    ``disclosure_pages.listing_counts`` so that no request counts the catalogue."""

    category = models.OneToOneField("disclosure_pages.CategoryPage", on_delete=models.CASCADE,
                                    related_name="listing", primary_key=True)
    item_count = models.PositiveIntegerField("公开条目数", default=0)

    class Meta:
        verbose_name = "栏目条目数"
        verbose_name_plural = "栏目条目数"


class CatalogueEntry(models.Model):
    """An item as a row of each category above it, in listing order: the index (category, date, id)
    gives any page of any category's listing without reading other categories' items. A candidate
    list only: the listing still asks ``catalogue_entries`` whether the public may see each row.
    Kept by ``disclosure_pages.listing_counts``."""

    category = models.ForeignKey("disclosure_pages.CategoryPage", on_delete=models.CASCADE, related_name="+")
    item = models.ForeignKey("disclosure_pages.DisclosureItemPage", on_delete=models.CASCADE,
                             related_name="catalogue_rows")
    publication_date = models.DateField()

    class Meta:
        verbose_name = "目录条目索引"
        verbose_name_plural = "目录条目索引"
        constraints = [models.UniqueConstraint(fields=["category", "item"], name="unique_catalogue_entry")]
        indexes = [models.Index(fields=["category", "-publication_date", "-item"], name="catalogue_entry_listing")]


class CategoryPage(SectionScopedPage, Page):
    """A catalogue category of 主动公开制度 第三条, or a sub-category below one."""

    category = models.CharField(
        "信息分类",
        max_length=20,
        choices=DisclosureCategory.choices,
        help_text="子栏目自动沿用上级栏目的分类",
    )
    description = models.TextField("栏目说明", blank=True)

    content_panels = Page.content_panels + [FieldPanel("category"), FieldPanel("description")]
    parent_page_types = ["disclosure_pages.CatalogueIndexPage", "disclosure_pages.CategoryPage"]
    subpage_types = [
        "disclosure_pages.CategoryPage",
        "disclosure_pages.DisclosureItemPage",
        "disclosure_pages.InterpretationPage",
    ]

    # Read with the page when it is served (disclosure_pages.routing).
    route_related = ("listing",)

    class Meta:
        verbose_name = "目录栏目"
        verbose_name_plural = "目录栏目"

    @property
    def item_count(self):
        from ..listing_counts import recount

        try:
            return self.listing.item_count
        except CategoryListing.DoesNotExist:
            return recount(self)

    def full_clean(self, *args, **kwargs):
        parent = self.get_parent() if self.pk or self.depth else None
        parent = parent.specific if parent else None
        if isinstance(parent, CategoryPage):
            self.category = parent.category
        super().full_clean(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from .items import catalogue_entries

        context = super().get_context(request, *args, **kwargs)
        entries = catalogue_entries().filter(catalogue_rows__category=self).order_by(
            "-catalogue_rows__publication_date", "-catalogue_rows__item"
        )
        context["entries"] = ListingPage(entries, self.item_count, CATALOGUE_PAGE_SIZE, request.GET,
                                         date_field="catalogue_rows__publication_date", id_field="catalogue_rows__item")
        context["subcategories"] = public_subcategories(self)
        context["withdrawn_items"] = withdrawn_entries(self)
        return context
