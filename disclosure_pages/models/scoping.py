from wagtail.models import Page, PageViewRestriction

from organisation.page_permissions import SectionPagePermissionTester


class SectionScopedPage:
    """Mixed into every page type of the portal: page permissions are narrowed to the page's owning
    section (保密审查 第三条, see ``organisation.page_permissions``); the ancestors read by the
    one-query routing (``disclosure_pages.routing``) serve breadcrumbs and view restrictions."""

    route_ancestors = None

    def permissions_for_user(self, user):
        return SectionPagePermissionTester(user, self)

    @property
    def breadcrumb_ancestors(self):
        if self.route_ancestors is not None:
            return self.route_ancestors
        return self.get_ancestors()

    def get_view_restrictions(self):
        # Wagtail's own reads the ancestors again; an alias on the way is left to it.
        ancestors = self.route_ancestors
        if ancestors is None or self.alias_of_id or any(page.alias_of_id for page in ancestors):
            return Page.get_view_restrictions(self)
        return PageViewRestriction.objects.filter(page_id__in=[self.pk, *(page.pk for page in ancestors)])
