"""Nobody sees another section's unpublished work in the admin (保密审查 第三条: 谁主管、谁负责).

One rule, ``disclosure_pages.ownership.visible_in_admin(user)``: live pages whose draft title is the
public one, and the pages of the user's own sections; the office's reviewers and the disclosure
administrators see everything. It reaches every admin surface that lists or names pages:

- Wagtail's page permission policy (registered for ``Page``) narrows the pages a user "may
  explore" or "has a permission for". Wagtail takes its listings from there: the explorer, the
  admin page search, the admin API (listing and detail, so another section's draft answers 404),
  the site history, the workflow, workflow tasks, locked pages and aging pages reports, the pages of
  one type (``/admin/pages/usage/…``).
- Hooks: the explorer's and the page chooser's querysets, the dashboard's panels, the bulk actions.
- A page viewset registered for ``Page``: every page-level admin view (edit, preview, revisions,
  history, workflow, copy, move, delete, unpublish, lock, usage, …) answers 403 for a page the user
  may not see, before Wagtail's view names it; the workflow views answer 403 unless the page is in
  the user's scope, and 404 unless the task state belongs to the page.
- Where Wagtail has neither (the chooser's parent page, the chosen-pages answer, the page types
  usage report), ``url_overrides`` replace the view: ``site/urls.py`` includes them in front of
  Wagtail's admin URLs, because ``register_admin_urls`` patterns come after Wagtail's own and cannot
  shadow them.
"""

import functools

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views import chooser
from wagtail.admin.views.home import LockedPagesPanel, RecentEditsPanel, UserObjectsInWorkflowModerationPanel
from wagtail.admin.views.pages.bulk_actions import (
    DeleteBulkAction,
    MoveBulkAction,
    PublishBulkAction,
    UnpublishBulkAction,
)
from wagtail.admin.views.pages.workflow import WorkflowPageViewMixin
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, TaskState, get_default_page_content_type
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.utils.urlpatterns import decorate_urlpatterns

from disclosure_pages.ownership import visible_in_admin
from organisation.people import in_page_scope, sees_every_section


def only_visible(pages, user):
    """``pages`` narrowed to what ``user`` may see. As a subquery on ``pk``, so that Wagtail can still
    hand the queryset to the search backend (which filters on indexed fields only)."""
    return pages.filter(pk__in=Page.objects.filter(visible_in_admin(user)).values("pk"))


def visible_page_ids(user, page_ids):
    """The ids among ``page_ids`` of the pages ``user`` may see in the admin."""
    return set(Page.objects.filter(visible_in_admin(user), pk__in=list(page_ids)).values_list("pk", flat=True))


def may_see(user, page_id):
    return bool(visible_page_ids(user, [page_id]))


# -- the page permission policy ------------------------------------------------------------------


class SectionScopedPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page policy, whose page listings keep only what the user may see."""

    def instances_user_has_any_permission_for(self, user, actions):
        return only_visible(super().instances_user_has_any_permission_for(user, actions), user)

    def explorable_instances(self, user):
        return only_visible(super().explorable_instances(user), user)


# Registered when this module is imported (from moderation/wagtail_hooks.py), before any view asks.
register_permission_policy(Page, SectionScopedPagePermissionPolicy(Page))


# -- hooks -----------------------------------------------------------------------------------------


@hooks.register("construct_explorer_page_queryset")
def explorer_shows_visible_pages(parent_page, pages, request):
    return only_visible(pages, request.user)


@hooks.register("construct_page_chooser_queryset")
def chooser_offers_visible_pages(pages, request):
    return only_visible(pages, request.user)


class ScopedRecentEditsPanel(RecentEditsPanel):
    """"Your recent edits": not the pages of a section the person has left."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        visible = visible_page_ids(user, [page.pk for _date, page in context["last_edits"]])
        context["last_edits"] = [(date, page) for date, page in context["last_edits"] if page.pk in visible]
        return context


class ScopedLockedPagesPanel(LockedPagesPanel):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["locked_pages"] = only_visible(context["locked_pages"], parent_context["request"].user)
        return context


class ScopedUserObjectsInWorkflowModerationPanel(UserObjectsInWorkflowModerationPanel):
    """"Your pages in a workflow": the ones the person submitted or owns, of their sections only."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        states = list(context["workflow_states"])
        pages = [state.content_object.pk for state in states if isinstance(state.content_object, Page)]
        visible = visible_page_ids(parent_context["request"].user, pages)
        context["workflow_states"] = [
            state for state in states if not isinstance(state.content_object, Page) or state.content_object.pk in visible
        ]
        return context


SCOPED_PANELS = {
    RecentEditsPanel.name: ScopedRecentEditsPanel,
    LockedPagesPanel.name: ScopedLockedPagesPanel,
    UserObjectsInWorkflowModerationPanel.name: ScopedUserObjectsInWorkflowModerationPanel,
}


@hooks.register("construct_homepage_panels")
def dashboard_panels_show_visible_pages(request, panels):
    for index, panel in enumerate(panels):
        scoped = SCOPED_PANELS.get(getattr(panel, "name", None))
        if scoped is not None:
            panels[index] = scoped()


class VisiblePagesOnlyBulkAction:
    """A bulk action lists the pages it would act on, and those it may not act on, by title: pages
    the user may not see are in neither list, and with none left the answer is 403."""

    def get_actionable_objects(self):
        objects, context = super().get_actionable_objects()
        hidden = context["items_with_no_access"]
        visible = visible_page_ids(self.request.user, [page.pk for page in [*objects, *hidden]])
        objects = [page for page in objects if page.pk in visible]
        hidden = [page for page in hidden if page.pk in visible]
        if not objects and not hidden:
            raise PermissionDenied
        return objects, {**context, "items_with_no_access": hidden}


for bulk_action in (DeleteBulkAction, MoveBulkAction, PublishBulkAction, UnpublishBulkAction):
    # Registered after Wagtail's own classes (order 1), so these replace them for the same action.
    hooks.register(
        "register_bulk_action",
        type(bulk_action.__name__, (VisiblePagesOnlyBulkAction, bulk_action), {"__module__": __name__}),
        order=1,
    )


@hooks.register("construct_reports_menu")
def page_types_usage_for_the_office(request, menu_items):
    if not sees_every_section(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]


# -- page-level views: a page viewset for every page type -----------------------------------------

# The URL keyword arguments of Wagtail's page views that name a page.
PAGE_ID_KWARGS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "pk")


def _refuse_unseen_pages(user, kwargs, workflow):
    """403 like the section's other refusals (the page exists, but is not this person's business);
    Wagtail turns it into a redirect with its generic message, which names no page."""
    page_ids = [kwargs[name] for name in PAGE_ID_KWARGS if name in kwargs]
    if page_ids and len(visible_page_ids(user, page_ids)) != len(set(map(int, page_ids))):
        raise PermissionDenied
    if workflow:
        # Acting on a page's review: the page's own people and the office (its error messages name
        # the page), and only on a task state of that page.
        page = Page.objects.filter(pk=kwargs["page_id"]).first()
        if page is None or not in_page_scope(user, page):
            raise PermissionDenied
        if "task_state_id" in kwargs and not TaskState.objects.filter(
            pk=kwargs["task_state_id"],
            workflow_state__base_content_type=get_default_page_content_type(),
            workflow_state__object_id=str(page.pk),
        ).exists():
            raise Http404


class SectionScopedPageViewSet(PageViewSet):
    """Wagtail routes every page-level admin URL through the page viewset registered for the
    page's type; registered for ``Page``, this one stands in front of all of Wagtail's page views."""

    def construct_view(self, view_class, **kwargs):
        view = super().construct_view(view_class, **kwargs)
        workflow = issubclass(view_class, WorkflowPageViewMixin)

        @functools.wraps(view)
        def scoped_view(request, *args, **view_kwargs):
            _refuse_unseen_pages(request.user, view_kwargs, workflow)
            return view(request, *args, **view_kwargs)

        return scoped_view


@hooks.register("register_admin_viewset")
def register_section_scoped_page_viewset():
    # After Wagtail's base page viewset (its hook has order -1), so this one replaces it for Page.
    return SectionScopedPageViewSet()


# -- views without a hook: replaced in front of Wagtail's URLs (site/urls.py) ----------------------


class ScopedBrowseView(chooser.BrowseView):
    """The chooser shows the page it browses, by title, as the parent of the listing."""

    def get(self, request, parent_page_id=None):
        if parent_page_id is not None and not may_see(request.user, parent_page_id):
            raise PermissionDenied
        return super().get(request, parent_page_id)


class ScopedChosenMultipleView(chooser.ChosenMultipleView):
    """The chosen pages are answered with their titles."""

    def get(self, request):
        ids = [pk for pk in request.GET.getlist("id") if pk.isdigit()]
        if len(visible_page_ids(request.user, ids)) != len(set(map(int, ids))):
            raise PermissionDenied
        return super().get(request)


class OfficePageTypesUsageReportView(PageTypesUsageReportView):
    # The report names the last edited page of every page type and counts every section's drafts:
    # it describes the whole site, so it is for those who see every section, not filtered per row.

    def dispatch(self, request, *args, **kwargs):
        if not sees_every_section(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


url_overrides = decorate_urlpatterns(
    decorate_urlpatterns(
        [
            path("choose-page/<int:parent_page_id>/", ScopedBrowseView.as_view()),
            path("choose-page/chosen-multiple/", ScopedChosenMultipleView.as_view()),
            path("reports/page-types-usage/", OfficePageTypesUsageReportView.as_view()),
            path("reports/page-types-usage/results/", OfficePageTypesUsageReportView.as_view(results_only=True)),
        ],
        require_admin_access,
    ),
    never_cache,
)
