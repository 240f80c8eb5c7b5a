"""Publication at the end of a round, and the one exception for migrated items.

The leader's approval closes the round (``close_round``); ``publish_reviewed`` then publishes it,
after asking ``guards.refusal_reason`` (the one statement of the publish rule), or
``record_disclosure_decision`` and ``take_down`` carry out a decision not to publish.

``publish_migrated`` is the single documented exception to 协调机制 第五条 (未经批准不得发布):
items already public on the bureau's previous site (``manage.py import_documents --published``,
the demo loader, test factories). Every use leaves a ``MigratedPublication`` row, and the
publish guard (``moderation.guards``) lets exactly that page revision through. A classified
page is refused even here (保密审查 第五条（一）).
"""

from django.db import transaction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import WorkflowState
from wagtail.signals import workflow_approved

from disclosure_pages.models import DisclosureDecision, DisclosureItemPage

from .guards import PublishRefused, classification_refusal, refusal_reason
from .models import MigratedPublication


class MigratedPublicationRefused(Exception):
    pass


def publish_migrated(page, *, source, user=None):
    """Publish ``page`` as migrated from a previous site; returns the ``MigratedPublication``."""
    if not source or not str(source).strip():
        raise ValueError("迁移发布必须说明来源。")
    page = page.specific
    # 保密审查 第五条（一）: a marked item is never published, migrated or not.
    if reason := classification_refusal(page):
        raise MigratedPublicationRefused(reason)
    with transaction.atomic():
        revision = page.save_revision(user=user, clean=False)
        record = MigratedPublication.objects.create(
            page=page, revision=revision, source=str(source).strip(), run_by=user
        )
        revision.publish(user=user, skip_permission_checks=True)
    page.refresh_from_db()
    return record


def close_round(task_state, user, comment=""):
    """The leader's approval, the last of the four (保密审查 第六条): the step and the round are approved.
    What Wagtail's ``WorkflowState.finish`` does, without its publish action: the caller decides."""
    task_state.approve(user=user, update=False, comment=comment)
    submission = task_state.workflow_state
    submission.status = WorkflowState.STATUS_APPROVED
    submission.save()
    return submission


def publish_reviewed(submission, user):
    """协调机制 第五条 (未经批准不得发布): publish what the round approved — the page's latest revision, as
    Wagtail's finish action does — if ``refusal_reason`` lets it through; the guard on the publish path
    asks it again on the save itself."""
    page = submission.content_object.specific
    revision = page.get_latest_revision()
    if reason := refusal_reason(revision.as_object(), revision):
        raise PublishRefused(reason)
    revision.publish(user=user)
    workflow_approved.send(sender=WorkflowState, instance=submission, user=user)


def record_disclosure_decision(page, decision):
    """The leader's 公开方式 decision becomes the item's (pages without the field keep it in the opinion)."""
    if isinstance(page, DisclosureItemPage):
        page.disclosure_decision = decision
        DisclosureItemPage.objects.filter(pk=page.pk).update(disclosure_decision=decision)


def take_down(page, decision, user):
    """主动公开 第二条, 保密审查 第五条: a round on a live page that ends in 不予公开 or 依申请公开 takes the
    page off the site at once: its address, listings, search and files. The explanation is recorded
    on the page but kept internal: information withheld leaves no public trace."""
    if not page.live:
        return
    label = dict(DisclosureDecision.choices).get(decision, decision)
    explanation = f"分管领导审批决定「{label}」，已撤下（内部记录，不对外公开）。"
    if isinstance(page, DisclosureItemPage):
        page.withdraw(explanation, user=user)
    else:
        UnpublishPageAction(page, user=user, include_descendants=False).execute(skip_permission_checks=True)
