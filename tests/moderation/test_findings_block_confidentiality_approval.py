"""保密审查 第五条: the reviewer cannot approve step 3 while a finding is unresolved; each is
resolved by confirming it with a recorded reason, or by removing it (new revision, new chain)."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents.models import Document

from moderation.models import FindingKind, ReviewStep, SensitiveFinding

from .conftest import login
from .flow import act, fresh, submit

VALID_ID = "11010519491231002X"


@pytest.fixture
def page_with_findings(chain):
    from disclosure_pages.models import ItemAttachment

    page = chain.page
    page.summary = "联系人手机13912345678"
    document = Document.objects.create(title="名单", file=ContentFile(f"张三 {VALID_ID}".encode(), name="mingdan.txt"))
    ItemAttachment.objects.create(page=page, document=document, title="人员名单")
    page.save()
    return page


def _to_step_three(client, chain, page):
    submit(client, chain.a.drafter, page, **{"attachments-TOTAL_FORMS": "1", "attachments-INITIAL_FORMS": "1",
                                             "attachments-0-id": page.attachments.get().pk,
                                             "attachments-0-document": page.attachments.get().document_id,
                                             "attachments-0-title": "人员名单", "attachments-0-ORDER": "1"})
    act(client, chain.a.drafter, page)
    act(client, chain.a.head, page)


@pytest.mark.django_db
def test_unresolved_findings_block_approval_until_confirmed(client, chain, page_with_findings):
    page = page_with_findings
    _to_step_three(client, chain, page)
    findings = SensitiveFinding.objects.filter(page=page)
    assert {f.kind for f in findings} == {FindingKind.MOBILE, FindingKind.RESIDENT_ID}
    assert any(f.place == "附件《人员名单》" for f in findings)

    html = login(client, chain.a.reviewer).get(reverse("moderation:review_record", args=[page.pk])).content.decode()
    assert "敏感信息提示" in html and "尚有 2 项敏感信息提示未处理" in html
    assert act(client, chain.a.reviewer, page, xhr=True).status_code == 403
    assert fresh(page).current_workflow_task.specific.step == ReviewStep.CONFIDENTIALITY_REVIEW

    # A confirmation without a reason is not accepted.
    client.post(reverse("moderation:confirm_finding", args=[findings[0].pk]), {"reason": ""})
    assert not SensitiveFinding.objects.get(pk=findings[0].pk).is_resolved
    for finding in findings:
        client.post(reverse("moderation:confirm_finding", args=[finding.pk]), {"reason": "当事人同意公开"})
    assert all(f.confirmed_by == chain.a.reviewer and f.confirmation_reason == "当事人同意公开"
               for f in SensitiveFinding.objects.filter(page=page))
    assert act(client, chain.a.reviewer, page).status_code == 302
    assert fresh(page).current_workflow_task.specific.step == ReviewStep.LEADER_APPROVAL


@pytest.mark.django_db
def test_only_the_reviewer_confirms_findings(client, chain, page_with_findings):
    page = page_with_findings
    _to_step_three(client, chain, page)
    finding = SensitiveFinding.objects.filter(page=page).first()
    login(client, chain.a.head)
    response = client.post(reverse("moderation:confirm_finding", args=[finding.pk]), {"reason": "可以"},
                           HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 403
    assert not SensitiveFinding.objects.get(pk=finding.pk).is_resolved


@pytest.mark.django_db
def test_refused_approval_explains_why(client, chain, page_with_findings):
    page = page_with_findings
    _to_step_three(client, chain, page)
    from moderation.models import ConfidentialityReviewTask
    from moderation.review_actions import act_on_task

    task_state = fresh(page).current_workflow_task_state
    task = ConfidentialityReviewTask.objects.get()
    # Even when called directly (not through the admin's offer of actions) the rule holds.
    from moderation.review_actions import ReviewRefused

    with pytest.raises(ReviewRefused, match="敏感信息提示未处理"):
        act_on_task(task, task_state, chain.a.reviewer, "approve", {"decision": "proactive", "comment": ""})
