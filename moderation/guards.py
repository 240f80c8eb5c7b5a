"""The never-publish guard, on the publish path itself (协调机制 第五条, 保密审查 第二、三、五条).

Every page of the site goes public only after the four-step review: catalogue items, interpretations,
the guide, the rules, categories, the portal's home, whatever page type is added later. Every way of
publishing — the admin button, bulk actions, scheduled go-live, ``publish_scheduled``, copying a live
page, creating an alias, reverting, the API, ``revision.publish()`` — ends in saving the page with
``live=True`` and a ``live_revision``. A ``pre_save`` receiver on every page model refuses that save
unless the revision carries a complete approved chain or a recorded migrated publication.

``refusal_reason`` is the only statement of the rule; admin views ask it first (see
``wagtail_hooks``) so that people see a message, not an error.
"""

from django.core.exceptions import PermissionDenied
from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.models import Page, Revision, WorkflowState

from disclosure_pages.models import Classification, DisclosureDecision

from .interpretations import interpretation_refusal
from .models import MigratedPublication, Outcome, ReviewOpinion, ReviewStep
from .revision_content import revisions_with_same_content


class PublishRefused(PermissionDenied):
    """Publishing was refused by a rule of the bureau; ``str(exc)`` is the message to show."""


def is_guarded(page):
    # Every page; the tree's root node is no page of the site and is never shown.
    return isinstance(page, Page) and (page.depth or 0) != 1


def classification_refusal(page):
    # 保密审查 第五条（一）: information marked 秘密/机密/绝密 is never published.
    marking = getattr(page, "classification", "")
    if marking:
        label = dict(Classification.choices).get(marking, marking)
        return f"「{page.title}」标有密级（{label}），不得公开（保密审查 第五条）。"
    return None


def decision_refusal(page):
    # 主动公开 第二条: information decided 不予公开 or 依申请公开 is not published on the site.
    decision = getattr(page, "disclosure_decision", DisclosureDecision.PROACTIVE)
    if decision != DisclosureDecision.PROACTIVE:
        label = dict(DisclosureDecision.choices).get(decision, decision)
        return f"「{page.title}」的公开方式为「{label}」，不得在网站主动公开。"
    return None


def refusal_reason(page, revision):
    """Why ``revision`` of ``page`` may not be published, or None when it may."""
    if not is_guarded(page):
        return None
    # 政策解读制度 第四条: an interpretation goes live only with or after its document, from its section.
    if reason := classification_refusal(page) or decision_refusal(page) or interpretation_refusal(page):
        return reason
    if revision is None or str(revision.object_id) != str(page.pk):
        return f"「{page.title}」未经保密审查，不得发布（协调机制 第五条：未经批准不得发布）。"
    if MigratedPublication.objects.filter(page_id=page.pk, revision_id=revision.pk).exists():
        return None
    # 保密审查 第六条 / 协调机制 第五条: four opinions on this very revision, the leader's last.
    if not chain_is_complete(page.pk, revision.pk):
        return (
            f"「{page.title}」的当前版本尚未完成保密审查（起草人、科室负责人、办公室保密审查、分管领导四步），"
            "不得发布。请提交审查，由分管领导审批后自动发布。"
        )
    return None


def chain_is_complete(page_id, revision_id):
    """True when one approved submission holds all four approvals, from four different people, the
    last one deciding 主动公开, on this revision's content: given on this very revision, or on
    revisions of the same content (see ``revision_content``) when this one already existed as the
    leader approved (an autosave during the round; not a later edit that happens to match)."""
    opinions = ReviewOpinion.objects.filter(
        page_id=page_id,
        outcome=Outcome.APPROVED,
        submission__status=WorkflowState.STATUS_APPROVED,
    ).values_list("submission_id", "step", "reviewer_id", "decision", "revision_id", "created_at")
    rounds = {}
    for submission_id, step, reviewer_id, decision, on_revision, created_at in opinions:
        rounds.setdefault(submission_id, {})[step] = (reviewer_id, decision, on_revision, created_at)
    complete = [
        steps for steps in rounds.values()
        if set(steps) == set(ReviewStep.values)
        and len({reviewer for reviewer, *_ in steps.values()}) == 4
        and steps[ReviewStep.LEADER_APPROVAL][1] == DisclosureDecision.PROACTIVE
    ]
    if any({on_revision for _, _, on_revision, _ in steps.values()} == {revision_id} for steps in complete):
        return True
    if not complete:
        return False
    same = revisions_with_same_content(revision_id, {r for steps in complete for _, _, r, _ in steps.values()})
    created_at = Revision.objects.filter(pk=revision_id).values_list("created_at", flat=True).first()
    return any(
        {on_revision for _, _, on_revision, _ in steps.values()} <= same | {revision_id}
        and created_at <= steps[ReviewStep.LEADER_APPROVAL][3]
        for steps in complete
    )


@receiver(pre_save)
def refuse_unapproved_publication(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not is_guarded(instance) or not instance.live:
        return
    if update_fields is not None and not {"live", "live_revision", "classification"} & set(update_fields):
        return  # e.g. save_revision() bookkeeping: neither publishes nor changes the marking
    if instance.alias_of_id is not None:
        # An alias shows a page's content at a second address, unreviewed there (协调机制 第五条).
        raise PublishRefused(f"不能为「{instance.title}」创建别名：别名会在另一地址公开同一内容而未经审查，请复制后送审。")
    if instance._state.adding and not instance.live_revision_id:
        # A new page has no approved revision to be live with: it starts as a draft. (Wagtail's
        # create-and-publish adds the page live, then publishes its revision through the guard.)
        instance.live = False
        return
    if reason := classification_refusal(instance):
        raise PublishRefused(reason)
    if not instance._state.adding and instance.pk:
        previous = Page.objects.filter(pk=instance.pk).values("live", "live_revision_id").first()
        if previous and previous["live"] and previous["live_revision_id"] == instance.live_revision_id:
            return  # already public with this revision: not a publication (a move, a rename of the tree)
    if reason := refusal_reason(instance, instance.live_revision if instance.live_revision_id else None):
        raise PublishRefused(reason)
