"""Admin wiring: guard refusals as messages, resubmission from step 1, review pages, dashboard."""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page

from . import admin_scope  # noqa: F401  (section scoping of the admin: registers its hooks and policy)
from . import urls as moderation_urls
from .guards import refusal_reason
from .models import ReviewStep
from .people import in_page_scope, may_see_filings
from .retention import deletion_refusal
from .review_actions import close_rejected_round


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


@hooks.register("construct_page_action_menu")
def hide_publish_button(menu_items, request, context):
    # 协调机制 第五条: pages go public only by the leader's approval at the end of the chain, so the
    # editor offers no 发布 button to anyone (the guard would refuse it anyway).
    menu_items[:] = [item for item in menu_items if getattr(item, "name", "") != "action-publish"]


@hooks.register("construct_page_action_menu")
def submit_is_the_main_button(menu_items, request, context):
    """送审 is what the editor is for: the main button, not an entry of the dropdown, named for
    where it goes (a page sent back starts again at step 1, 保密审查 第六条)."""
    from .action_menu import SubmitToReviewMenuItem

    for index, item in enumerate(menu_items):
        if getattr(item, "name", "") == "action-submit":
            menu_items.pop(index)
            menu_items.insert(0, SubmitToReviewMenuItem(order=item.order))
            return


@hooks.register("before_edit_page")
def no_autosave_under_review(request, page):
    """Wagtail 8's editor autosaves (a JSON POST of the form without an action button). While a page
    is under review every revision matters (保密审查 第六条: an edit restarts the chain), so nothing
    is saved behind the person's back: the editor shows why and stops autosaving; 保存草稿 still works."""
    autosave = request.method == "POST" and not request.accepts("text/html") and not any(
        key.startswith("action-") for key in request.POST
    )
    if autosave and page.workflow_in_progress:
        return JsonResponse(
            {
                "success": False,
                # Wagtail's code for a revision it will not write: the editor shows the message and
                # switches autosave off for this page.
                "error_code": "invalid_revision",
                "error_message": "该页面正在保密审查中，不自动保存；如需修改请点击“保存草稿”（内容修改后审查将从第一步重新开始）。",
            },
            status=409,
        )
    return None


@hooks.register("before_delete_page")
def refuse_deleting_review_records(request, page):
    """Review records are kept: a page carrying them (or above pages that do) is withdrawn, not deleted."""
    if reason := deletion_refusal([page]):
        messages.error(request, reason)
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_deleting_review_records(request, action_type, objects, action_class_instance):
    if action_type != "delete" or not objects or not isinstance(objects[0], Page):
        return None
    if reason := deletion_refusal(objects):
        messages.error(request, reason)
        return redirect(request.GET.get("next") or reverse("wagtailadmin_explore_root"))
    return None
