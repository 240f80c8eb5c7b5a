"""Wagtail's ``publish_scheduled``, refusing unreviewed items one by one instead of stopping.

(``moderation`` is listed before ``wagtail`` in INSTALLED_APPS, so this command takes its place.)
"""

from django.db import transaction
from django.utils import timezone
from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import Revision

from moderation.guards import PublishRefused


class Command(WagtailCommand):
    def handle(self, *args, **options):
        if not options.get("dryrun"):
            for revision in Revision.objects.filter(approved_go_live_at__lt=timezone.now()).order_by(
                "approved_go_live_at"
            ):
                try:
                    with transaction.atomic():
                        revision.publish(log_action="wagtail.publish.scheduled")
                except PublishRefused as refusal:
                    # The schedule is dropped: publishing needs a completed review.
                    Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=None)
                    self.stderr.write(f"拒绝定时发布：{refusal}")
        return super().handle(*args, **options)
