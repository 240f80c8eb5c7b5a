from django.conf import settings
from django.db import models
from django.utils import timezone

from .choices import AccessAction, EventKind, State


class RequestEvent(models.Model):
    """One thing that happened to a request: who, when, why (条例 第四十五条: 登记、审核、办理、答复、归档).

    Written by the service functions only, in the same transaction as the change it records.
    """

    request = models.ForeignKey(
        "disclosure_requests.DisclosureRequest", on_delete=models.CASCADE, related_name="events",
        verbose_name="申请",
    )
    kind = models.CharField("事项", max_length=32, choices=EventKind.choices)
    from_state = models.CharField("原状态", max_length=24, choices=State.choices, blank=True)
    to_state = models.CharField("新状态", max_length=24, choices=State.choices, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name="经办人",
    )
    at = models.DateTimeField("时间", auto_now_add=True)
    reason = models.TextField("理由或说明", blank=True)
    data = models.JSONField("详细信息", default=dict, blank=True)

    class Meta:
        verbose_name = "办理记录"
        verbose_name_plural = "办理记录"
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} {timezone.localtime(self.at):%Y-%m-%d %H:%M}"


class AccessLogEntry(models.Model):
    """A look at a request's personal data (个人信息保护法 第五十一条). Wagtail's audit log records no views."""

    request = models.ForeignKey(
        "disclosure_requests.DisclosureRequest", on_delete=models.CASCADE, related_name="access_log",
        verbose_name="申请",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="查看人"
    )
    action = models.CharField("操作", max_length=16, choices=AccessAction.choices)
    at = models.DateTimeField("时间", auto_now_add=True)

    class Meta:
        verbose_name = "个人信息访问记录"
        verbose_name_plural = "个人信息访问记录"
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.user} {self.get_action_display()} {timezone.localtime(self.at):%Y-%m-%d %H:%M}"
