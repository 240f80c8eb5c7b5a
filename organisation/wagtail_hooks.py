from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Membership, Section
from .role_history import user_deletion_refusal


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


def _refuse_deleting_people(request, users):
    reasons = [reason for user in users if (reason := user_deletion_refusal(user))]
    for reason in reasons:
        messages.error(request, reason)
    return redirect("wagtailusers_users:index") if reasons else None


@hooks.register("before_delete_user")
def refuse_deleting_people_named_in_records(request, user):
    """保密审查 第六条: people who held a role or left review records are deactivated, not deleted."""
    return _refuse_deleting_people(request, [user])


@hooks.register("before_bulk_action")
def refuse_bulk_deleting_people_named_in_records(request, action_type, objects, action_class_instance):
    if action_type != "delete" or not objects or not isinstance(objects[0], get_user_model()):
        return None
    return _refuse_deleting_people(request, objects)
