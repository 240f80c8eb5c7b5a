"""Admin wiring: guard refusals as messages, resubmission from step 1, review pages, dashboard."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page

from . import admin_scope  # noqa: F401  (section scoping of the admin: registers its hooks and policy)
from . import urls as moderation_urls
from .guards import refusal_reason
from .models import ReviewStep
from .opinions import close_rejected_round
from .people import in_page_scope, may_see_filings


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("moderation/", include((moderation_urls, "moderation"), namespace="moderation"))]


@hooks.register("before_publish_page")
def refuse_unreviewed_publish(request, page):
    """Admin publish button, schedule, revert: explain the refusal instead of failing."""
    page = page.specific
    reason = refusal_reason(page, page.get_latest_revision())
    if reason:
        messages.error(request, reason)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_copy_page")
def refuse_publishing_copies(request, page):
    # A copy is new information: it goes through the review like any other (协调机制 第五条). An
    # alias would publish the same content again without review, so none is made.
    if request.method != "POST" or not (request.POST.get("publish_copies") or request.POST.get("alias")):
        return None
    messages.error(request, "副本是新的信息，须经保密审查后才能发布；不能发布副本或创建别名，请不勾选后再复制。")
    return redirect("wagtailadmin_pages:copy", page.pk)


@hooks.register("before_bulk_action")
def refuse_bulk_publish(request, action_type, objects, action_class_instance):
    if action_type != "publish":
        return None
    reasons = []
    for obj in objects:
        specific = obj.specific
        reason = refusal_reason(specific, specific.get_latest_revision())
        if reason:
            reasons.append(reason)
    if reasons:
        for reason in reasons:
            messages.error(request, reason)
        return redirect(request.GET.get("next") or reverse("wagtailadmin_explore_root"))
    return None


@hooks.register("before_edit_page")
def restart_chain_on_resubmission(request, page):
    """保密审查 第六条: a page sent back runs the whole chain again, from step 1, in order."""
    if request.method == "POST" and request.POST.get("action-submit"):
        close_rejected_round(page, request.user)
    return None


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def ask_drafter_for_initial_opinion(request, page):
    """保密审查 第六条（一）: the drafter's initial opinion is given when submitting, so whoever
    submits and holds step 1 goes straight to the opinion form."""
    if request.method != "POST" or not request.POST.get("action-submit"):
        return None
    # A fresh instance: the editor's copy caches the workflow states it saw before submitting.
    item = Page.objects.filter(pk=page.pk).first()
    item = item.specific if item else None
    task = item.current_workflow_task if item else None
    if task and getattr(task, "step", None) == ReviewStep.DRAFTER_OPINION:
        if task.may_act(item, request.user):
            return redirect(reverse("moderation:review_record", args=[page.pk]) + "#opinion")
    return None


class FilingsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_filings(request.user)


@hooks.register("register_admin_menu_item")
def register_filings_menu_item():
    return FilingsMenuItem("不予公开备案", reverse("moderation:filings"), icon_name="doc-full", order=850)


@hooks.register("construct_homepage_panels")
def add_review_panel(request, panels):
    from .panels import WaitingForYouPanel

    # Ours replaces Wagtail's "awaiting your review" panel: it knows sections and deadlines.
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") != "workflow_objects_to_moderate"]
    panels.insert(0, WaitingForYouPanel(request.user))


@hooks.register("register_page_header_buttons")
def review_record_button(page, user, view_name=None, next_url=None):
    from wagtail.admin.widgets import Button

    if page.depth > 1 and in_page_scope(user, page):
        yield Button("审查记录", reverse("moderation:review_record", args=[page.pk]), icon_name="list-ul", priority=60)
