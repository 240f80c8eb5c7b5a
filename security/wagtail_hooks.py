"""The office's view of log-ins (django-axes records): failure counts and lockouts with 解锁, and the
audit of every failed and successful log-in. Read-only; only 信息公开管理员 and superusers see them."""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.urls import path, reverse
from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, DateColumn
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from . import lockout, views

ADDRESS = Column("ip_address", label="客户端地址")
USER_AGENT = Column("user_agent", label="浏览器")
TIME = DateColumn("attempt_time", label="时间", sort_key="attempt_time")


class RecordsIndexView(IndexView):
    """No selection boxes: there is nothing to do with several records at once."""

    @cached_property
    def columns(self):
        return [column for column in super().columns if not isinstance(column, BulkActionsCheckboxColumn)]


class AttemptIndexView(RecordsIndexView):
    unlock_url_name = None

    def get_list_more_buttons(self, instance):
        unlock = ListingButton("解锁", reverse(self.unlock_url_name, args=[instance.pk]), icon_name="lock-open",
                               priority=10)
        return [unlock, *super().get_list_more_buttons(instance)]


class AccessAttemptViewSet(SnippetViewSet):
    model = AccessAttempt
    icon = "lock"
    menu_label = "失败计数与锁定"
    index_view_class = AttemptIndexView
    inspect_view_enabled = True
    list_display = [
        "username", ADDRESS, Column("failures_since_start", label="连续失败次数"),
        Column("locked", label="状态", accessor=lambda a: "已锁定" if lockout.is_locked(a) else "计数中"),
        DateColumn("attempt_time", label="最近一次失败", sort_key="attempt_time"),
    ]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(unlock_url_name=self.get_url_name("unlock"), **kwargs)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("unlock/<int:pk>/", views.unlock, {"viewset": self}, name="unlock"),
        ]


class AccessFailureLogViewSet(SnippetViewSet):
    model = AccessFailureLog
    icon = "warning"
    menu_label = "登录失败记录"
    index_view_class = RecordsIndexView
    inspect_view_enabled = True
    list_display = ["username", TIME, ADDRESS, Column("locked_out", label="已锁定"), USER_AGENT]
    list_filter = ["locked_out"]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]


class AccessLogViewSet(SnippetViewSet):
    model = AccessLog
    icon = "user"
    menu_label = "登录记录"
    index_view_class = RecordsIndexView
    list_display = ["username", TIME, ADDRESS, DateColumn("logout_time", label="退出时间"), USER_AGENT]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]


class LoginProtectionGroup(SnippetViewSetGroup):
    items = (AccessAttemptViewSet, AccessFailureLogViewSet, AccessLogViewSet)
    menu_icon = "lock"
    menu_label = "登录保护"
    menu_name = "login_protection"
    menu_order = 850


register_snippet(LoginProtectionGroup)


@hooks.register("register_log_actions")
def register_unlock_action(actions):
    actions.register_action(lockout.UNLOCK_ACTION, "解除登录锁定", "解除登录锁定")
