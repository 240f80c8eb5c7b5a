"""Section scoping of page permissions (保密审查 第三条: 谁主管、谁负责；谁公开、谁审查).

Wagtail grants page permissions by group over the whole portal; this tester narrows them so a
person of another section can neither edit, preview, compare, publish nor see the history of an
item. ``DisclosureItemPage.permissions_for_user`` returns it.
"""

from wagtail.models.pages import PagePermissionTester

from .people import in_page_scope

SCOPED_METHODS = [
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
]


class SectionPagePermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        self._in_scope = None

    def in_scope(self):
        if self._in_scope is None:
            self._in_scope = in_page_scope(self.user, self.page)
        return self._in_scope


def _scoped(name):
    original = getattr(PagePermissionTester, name)

    def method(self, *args, **kwargs):
        return self.in_scope() and original(self, *args, **kwargs)

    method.__name__ = name
    return method


for _name in SCOPED_METHODS:
    if hasattr(PagePermissionTester, _name):
        setattr(SectionPagePermissionTester, _name, _scoped(_name))
