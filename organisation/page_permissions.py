"""Section scoping of Wagtail's page permissions (保密审查 第三条: 谁主管、谁负责；谁公开、谁审查).

Wagtail grants page permissions by group over the whole portal; this tester narrows them so that a
person of another section can neither edit, preview, compare, publish, move, copy nor see the history
of a page. Adding a subpage is not narrowed: drafters add their items below the office's categories.
Every method is written out, so a method Wagtail renames fails the test that checks these names
(tests/organisation) instead of silently dropping the scoping.
"""

from wagtail.models.pages import PagePermissionTester

from .people import in_page_scope

SCOPED_METHODS = (
    "can_edit",
    "can_delete",
    "can_unpublish",
    "can_publish",
    "can_submit_for_moderation",
    "can_set_view_restrictions",
    "can_unschedule",
    "can_lock",
    "can_unlock",
    "can_publish_subpage",
    "can_reorder_children",
    "can_move",
    "can_copy",
    "can_move_to",
    "can_copy_to",
    "can_view_revisions",
)


class SectionPagePermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        self._in_scope = None

    def in_scope(self):
        if self._in_scope is None:
            self._in_scope = in_page_scope(self.user, self.page)
        return self._in_scope

    def can_edit(self):
        return self.in_scope() and super().can_edit()

    def can_delete(self, ignore_bulk=False):
        return self.in_scope() and super().can_delete(ignore_bulk=ignore_bulk)

    def can_unpublish(self):
        return self.in_scope() and super().can_unpublish()

    def can_publish(self):
        return self.in_scope() and super().can_publish()

    def can_submit_for_moderation(self):
        return self.in_scope() and super().can_submit_for_moderation()

    def can_set_view_restrictions(self):
        return self.in_scope() and super().can_set_view_restrictions()

    def can_unschedule(self):
        return self.in_scope() and super().can_unschedule()

    def can_lock(self):
        return self.in_scope() and super().can_lock()

    def can_unlock(self):
        return self.in_scope() and super().can_unlock()

    def can_publish_subpage(self):
        return self.in_scope() and super().can_publish_subpage()

    def can_reorder_children(self):
        return self.in_scope() and super().can_reorder_children()

    def can_move(self):
        return self.in_scope() and super().can_move()

    def can_copy(self):
        return self.in_scope() and super().can_copy()

    def can_move_to(self, destination):
        return self.in_scope() and super().can_move_to(destination)

    def can_copy_to(self, destination, recursive=False):
        return self.in_scope() and super().can_copy_to(destination, recursive=recursive)

    def can_view_revisions(self):
        return self.in_scope() and super().can_view_revisions()
