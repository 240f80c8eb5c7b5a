"""Wagtail's ``purge_revisions``, saying which revisions review records keep.

Wagtail keeps the latest, scheduled and in-moderation revisions, and skips any revision whose
deletion is protected. Every review record PROTECTs the revision it names
(``moderation.retention``), so those are skipped whoever runs a purge; this command, which takes
the place of Wagtail's (``moderation`` comes before ``wagtail`` in INSTALLED_APPS), says so.
"""

from wagtail.management.commands.purge_revisions import Command as WagtailCommand
from wagtail.models import Revision

from moderation.retention import revisions_to_keep


class Command(WagtailCommand):
    help = WagtailCommand.help + "; revisions named by review records are always kept"

    def handle(self, *args, **options):
        super().handle(*args, **options)
        kept = Revision.objects.filter(revisions_to_keep()).count()
        self.stdout.write(f"保密审查记录所涉及的版本一律保留（共 {kept} 个）。")
