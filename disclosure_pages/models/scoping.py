from organisation.page_permissions import SectionPagePermissionTester


class SectionScopedPage:
    """Mixed into every page type of the portal: page permissions are narrowed to the page's owning
    section (保密审查 第三条, see ``organisation.page_permissions``)."""

    def permissions_for_user(self, user):
        return SectionPagePermissionTester(user, self)
