"""Case records are kept; the response page's publication is recorded on its case; urgent responses
are announced to every review step at once."""

from django.core.exceptions import PermissionDenied
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.models import WorkflowState
from wagtail.signals import page_published, workflow_submitted

from .models import CaseReport, OpinionCase, PatrolLog, ResponsePage


class RecordsAreKept(PermissionDenied):
    """舆情回应制度 第二、六条: the evidence of monitoring and handling is never deleted."""


@receiver(pre_delete, sender=OpinionCase)
@receiver(pre_delete, sender=CaseReport)
@receiver(pre_delete, sender=PatrolLog)
def refuse_deleting_case_records(sender, instance, **kwargs):
    # Every delete (admin, queryset, cascade) passes here: a wrong case is closed with a reason instead.
    raise RecordsAreKept("舆情办理和巡查记录不能删除；误报的舆情请以“误报撤销”办结并说明理由。")


@receiver(page_published, sender=ResponsePage)
def record_live_response(sender, instance, revision=None, **kwargs):
    """舆情回应制度 第四条: on the publish path itself (every way a page goes live ends here), the case
    records when its response went live and through which channel."""
    from .transitions import record_response

    if instance.case_id:
        user = revision.user if revision is not None else None
        record_response(instance.case, user, instance.channel, instance.last_published_at, page=instance)


@receiver(workflow_submitted, sender=WorkflowState)
def announce_urgent_response(sender, instance, user=None, **kwargs):
    from .notifications import notify_urgent_response

    page = instance.content_object
    if not isinstance(getattr(page, "specific", None), ResponsePage):
        return
    page = page.specific.get_latest_revision_as_object()  # what was submitted, not the last live row
    if isinstance(page, ResponsePage) and page.case_id and page.case.urgent:
        notify_urgent_response(page)
