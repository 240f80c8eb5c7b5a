"""Review records are kept (保密审查 第六条、第八条: the opinions, findings, referrals and migration
records are the archive of what was decided, by whom, on which content).

- Every foreign key of a record (``ReviewOpinion``, ``SensitiveFinding``, ``Escalation``,
  ``MigratedPublication``) PROTECTs what it names: page, revision, submission, task state, person.
  So the revisions they name (``revisions_to_keep``) are never deleted, whoever asks, and
  ``manage.py purge_revisions`` skips them as protected.
- A page that carries records, or whose descendants do, is not deleted but withdrawn (撤销) with an
  explanation; ``deletion_refusal`` says so before the database would refuse.
- A revision that was reviewed keeps its content: Wagtail's autosave may overwrite the latest
  revision in place, but not one that a review step has seen.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.models import Page, Revision, TaskState

from .models import Escalation, MigratedPublication, ReviewOpinion, SensitiveFinding

RECORD_MODELS = (ReviewOpinion, SensitiveFinding, Escalation, MigratedPublication)
WITHDRAW_INSTEAD = "不能删除；如需下线请撤销（填写撤销说明）。"


class ReviewedRevisionChange(PermissionDenied):
    """Changing the content of a reviewed revision; ``str(exc)`` is the message to show."""


def revisions_to_keep():
    """The revisions that review records name: what was reviewed, referred, scanned or migrated."""
    named = Q()
    for model in RECORD_MODELS:
        named |= Q(pk__in=model.objects.exclude(revision=None).values("revision_id"))
    return named


def page_ids_with_records(pages):
    """Ids of the pages of queryset ``pages`` that some review record names."""
    page_ids = pages.values("pk")
    found = set()
    for model in RECORD_MODELS:
        found |= set(model.objects.filter(page_id__in=page_ids).values_list("page_id", flat=True).distinct())
    return found


def deletion_refusal(pages):
    """Why deleting ``pages`` (with their descendants) is refused, or None."""
    for page in pages:
        carrying = page_ids_with_records(Page.objects.descendant_of(page, inclusive=True))
        if page.pk in carrying:
            return f"「{page.title}」：该页面有保密审查记录，{WITHDRAW_INSTEAD}"
        if carrying:
            below = list(Page.objects.filter(pk__in=carrying).order_by("path").values_list("title", flat=True)[:3])
            more = "等" if len(carrying) > len(below) else ""
            names = "、".join(f"「{title}」" for title in below)
            return f"「{page.title}」：其下级页面{names}{more}有保密审查记录，{WITHDRAW_INSTEAD}"
    return None


@receiver(pre_save, sender=Revision)
def keep_reviewed_content(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or instance._state.adding or instance.pk is None:
        return
    if update_fields is not None and "content" not in update_fields:
        return
    # Under or after review: a step was given this revision, or a record names it.
    reviewed = TaskState.objects.filter(revision_id=instance.pk).exists() or Revision.objects.filter(
        revisions_to_keep(), pk=instance.pk
    ).exists()
    if not reviewed:
        return
    stored = Revision.objects.filter(pk=instance.pk).values_list("content", flat=True).first()
    if stored is not None and stored != instance.content:
        raise ReviewedRevisionChange("该版本已送审，内容不得改写；修改会保存为新的版本（审查将从第一步重新开始）。")
