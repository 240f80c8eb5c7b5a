from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Membership, Section


class SectionViewSet(SnippetViewSet):
    model = Section
    icon = "group"
    menu_label = "科室"
    list_display = ["name", "code", "is_general_office", "phone"]
    ordering = ["sort_order", "name"]


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "user"
    menu_label = "科室人员与角色"
    list_display = ["user", "section", "role"]
    list_filter = ["section", "role"]


class OrganisationViewSetGroup(SnippetViewSetGroup):
    items = (SectionViewSet, MembershipViewSet)
    menu_icon = "group"
    menu_label = "机构与科室"
    menu_name = "organisation"
    menu_order = 800


register_snippet(OrganisationViewSetGroup)
