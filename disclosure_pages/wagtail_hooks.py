from django.shortcuts import redirect
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .dashboard_panels import InterpretationsDuePanel, PublicationDeadlinesPanel
from .interpretation_report import report_sections
from .models import DisclosureItemPage, TopicCategory
from .models.items import ALIAS_REFUSAL
from .views import interpretation_report, withdraw_item


class TopicCategoryViewSet(SnippetViewSet):
    model = TopicCategory
    icon = "list-ul"
    menu_label = "主题分类"
    add_to_settings_menu = True
    list_display = ["name", "parent", "sort_order"]
    list_filter = ["parent"]
    search_fields = ["name"]


register_snippet(TopicCategoryViewSet)


@hooks.register("register_admin_urls")
def register_withdraw_url():
    return [path("catalogue/withdraw/<int:page_id>/", withdraw_item, name="disclosure_withdraw")]


@hooks.register("register_admin_urls")
def register_interpretation_report_urls():
    return [
        path("reports/interpretations/", interpretation_report, name="interpretation_report"),
        path("reports/interpretations/<str:fmt>/", interpretation_report, name="interpretation_report_export"),
    ]


class InterpretationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(report_sections(request.user))


@hooks.register("register_reports_menu_item")
def register_interpretation_report_menu_item():
    return InterpretationReportMenuItem("政策解读情况", reverse("interpretation_report"), icon_name="doc-full", order=900)


@hooks.register("before_unpublish_page")
def withdraw_with_explanation(request, page):
    # 主动公开制度 第二条: a live catalogue item is taken down only with an explanation.
    if isinstance(page.specific, DisclosureItemPage):
        return redirect("disclosure_withdraw", page.pk)
    return None


@hooks.register("before_copy_page")
def refuse_aliases_of_items(request, page):
    # One item, one 索引号: no alias of an item, nor of a category together with its items.
    if request.method != "POST" or not request.POST.get("alias"):
        return None
    if isinstance(page.specific, DisclosureItemPage) or (
        request.POST.get("copy_subpages") and DisclosureItemPage.objects.descendant_of(page).exists()
    ):
        messages.error(request, ALIAS_REFUSAL)
        return redirect("wagtailadmin_pages:copy", page.pk)
    return None


@hooks.register("construct_homepage_panels")
def add_deadlines_panel(request, panels):
    panels.append(PublicationDeadlinesPanel(request.user))
    panels.append(InterpretationsDuePanel(request.user))


@hooks.register("before_bulk_action")
def refuse_bulk_withdrawal(request, action_type, objects, action_class_instance):
    # 主动公开制度 第二条: each live item is withdrawn with its own explanation, so not in bulk.
    if action_type != "unpublish":
        return None
    items = [obj for obj in objects if obj.live and isinstance(obj.specific, DisclosureItemPage)]
    if not items:
        return None
    messages.error(
        request,
        "公开条目须逐条撤销并填写撤销说明，不能批量取消发布：" + "、".join(item.title for item in items[:5]),
    )
    return redirect(request.GET.get("next") or "wagtailadmin_explore_root")
