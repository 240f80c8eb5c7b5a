"""政策解读制度 in the review chain and on the publish path.

- 第二条 which documents need one: ``DisclosureItemPage.needs_interpretation``.
- 第四条（一）（二） the plan: complete before the drafter's 送审 (step 1, ``plan_blockers``); the
  section head's step-2 approval approves it, kept on the opinion (``plan_snapshot``).
- 第四条 谁起草、谁解读: ``allowed_section_ids`` (the document's section, or the one its head approved).
- 第四条（三）（四）, 三同步: a document waits at the leader's step for its interpretation
  (``leader_blockers``); the leader's one approval publishes both (``review_actions``), and
  ``interpretation_refusal`` — part of ``guards.refusal_reason`` — keeps an interpretation from ever
  going live before its document, whatever the path.
"""

from wagtail.models import TaskState, WorkflowState

from disclosure_pages.models import DisclosureItemPage, InterpretationPage

from .models import Outcome, ReviewOpinion, ReviewStep


def under_review(page):
    """The page as submitted: its latest revision (a live page's row still holds the public version)."""
    return page.get_latest_revision_as_object() if page.latest_revision_id else page


def plan_blockers(page):
    """第四条（一）: a document that needs an interpretation is sent for review only with a full plan;
    第三条: an interpretation only with the content of its form."""
    if isinstance(page, InterpretationPage):
        message = under_review(page).form_content_error()
        return [message] if message else []
    if not isinstance(page, DisclosureItemPage) or not (missing := under_review(page).missing_plan_parts()):
        return []
    return [f"该文件须同步发布政策解读（政策解读制度 第二条），解读方案不完整，缺少：{'、'.join(missing)}"]


def plan_snapshot(page):
    """The plan as the section head approves it at step 2 (recorded on the opinion); {} when none is needed."""
    if not isinstance(page, DisclosureItemPage) or not page.needs_interpretation:
        return {}
    section = page.interpreting_section_or_own
    return {
        "outline": page.plan_outline,
        "form": page.get_plan_form_display(),
        "channel": page.plan_channel,
        "planned_on": page.planned_on.isoformat() if page.planned_on else "",
        "interpreting_section_id": section.pk if section else None,
        "interpreting_section": section.name if section else "",
    }


def approved_plan_opinion(document_id):
    """The step-2 opinion of the document's latest approved round that approved a plan, or None."""
    return (
        ReviewOpinion.objects.filter(
            page_id=document_id,
            step=ReviewStep.SECTION_HEAD_REVIEW,
            outcome=Outcome.APPROVED,
            submission__status=WorkflowState.STATUS_APPROVED,
            approved_plan__has_key="interpreting_section_id",
        )
        .select_related("reviewer")
        .order_by("-created_at", "-pk")
        .first()
    )


def allowed_section_ids(document):
    """第四条 谁起草、谁解读: the document's section; another only when its head approved that assignment."""
    allowed = {document.publisher_id}
    if opinion := approved_plan_opinion(document.pk):
        allowed.add(opinion.approved_plan["interpreting_section_id"])
    return allowed


def interpretation_refusal(page):
    """Why the interpretation ``page`` may not go live now (None when it may, or is no interpretation)."""
    if not isinstance(page, InterpretationPage):
        return None
    document = (
        DisclosureItemPage.objects.filter(pk=page.interpreted_document_id).only("title", "live", "publisher_id").first()
        if page.interpreted_document_id
        else None
    )
    if document is None:
        return f"「{page.title}」未指明所解读的文件，不得发布（政策解读制度 第四条）。"
    if not document.live:
        return (
            f"「{page.title}」不得先于所解读的文件「{document.title}」发布：须在文件的审查记录上由分管领导"
            "一并审批同意，与文件同时发布（政策解读制度 第四条）。"
        )
    if page.publisher_id not in allowed_section_ids(document):
        return (
            f"「{page.title}」的发布机构不是文件「{document.title}」的起草科室，该科室负责人也未在审查解读方案时"
            "指定由其解读（政策解读制度 第四条：谁起草、谁解读）。"
        )
    return None


def interpretations_at_leader_step(document):
    """Task states of the document's interpretations waiting at the leader's step (steps 1–3 passed)."""
    from .models import LeaderApprovalTask

    ids = [str(pk) for pk in InterpretationPage.objects.filter(interpreted_document_id=document.pk).values_list("pk", flat=True)]
    if not ids:
        return []
    return list(
        TaskState.objects.filter(
            status=TaskState.STATUS_IN_PROGRESS,
            workflow_state__status=WorkflowState.STATUS_IN_PROGRESS,
            workflow_state__object_id__in=ids,
            task__in=LeaderApprovalTask.objects.all(),
        ).select_related("workflow_state", "revision")
    )


def leader_blockers(page):
    """Why the leader may not approve ``page`` now, as far as interpretations are concerned."""
    if isinstance(page, InterpretationPage):
        reason = interpretation_refusal(under_review(page))
        return [reason.rstrip("。")] if reason else []
    if not isinstance(page, DisclosureItemPage) or not under_review(page).needs_interpretation:
        return []
    if InterpretationPage.objects.filter(interpreted_document_id=page.pk, live=True).exists():
        return []
    if interpretations_at_leader_step(page):
        return []
    waiting = InterpretationPage.objects.filter(interpreted_document_id=page.pk)
    names = "、".join(f"「{title}」" for title in waiting.values_list("title", flat=True)) or "尚未起草"
    return [
        f"须与政策解读同步审批发布（政策解读制度 第四条）：政策解读{names}尚未通过办公室保密审查，"
        "通过后在本页一并审批"
    ]
