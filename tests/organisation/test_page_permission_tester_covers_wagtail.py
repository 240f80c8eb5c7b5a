"""保密审查 第三条: the section scoping overrides Wagtail's permission methods by name. If Wagtail renames
one, the override would silently stop scoping; this test fails instead."""

from wagtail.models.pages import PagePermissionTester

from organisation.page_permissions import SCOPED_METHODS, SectionPagePermissionTester


def test_every_scoped_method_exists_on_wagtails_tester():
    for name in SCOPED_METHODS:
        assert callable(getattr(PagePermissionTester, name, None)), f"Wagtail has no {name}() any more"
        assert name in SectionPagePermissionTester.__dict__, f"{name}() is not scoped"


def test_every_permission_method_of_wagtail_is_scoped_or_deliberately_open():
    deliberately_open = {"can_add_subpage", "can_exist_under", "can_create_at"}
    wagtail_methods = {name for name in vars(PagePermissionTester) if name.startswith("can_")}
    assert wagtail_methods - set(SCOPED_METHODS) - deliberately_open == set()
