"""舆情回应制度 第二、六条: the evidence of monitoring and handling is kept; a wrong case is closed with its
reason (test_case_states_follow_the_rule_in_order), never deleted, by any path."""

import pytest
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from public_opinion import transitions
from public_opinion.models import CaseReport, OpinionCase, PatrolLog, Recipient, ReportMethod

pytestmark = pytest.mark.django_db


def test_no_case_report_or_patrol_can_be_deleted(opinion):
    patrol = PatrolLog.objects.create(patrolled_by=opinion.clerk, channels="微博", no_findings=True)
    attempts = [opinion.case.delete, OpinionCase.objects.all().delete, patrol.delete, PatrolLog.objects.all().delete]
    for attempt in attempts:
        with pytest.raises(PermissionDenied, match="不能删除"), transaction.atomic():
            attempt()
    report = transitions.record_report(opinion.case, opinion.a.head, Recipient.GENERAL_OFFICE, ReportMethod.PHONE,
                                       timezone.now())
    for attempt in (report.delete, CaseReport.objects.all().delete):
        with pytest.raises(PermissionDenied, match="不能删除"), transaction.atomic():
            attempt()
    assert OpinionCase.objects.count() == 1 and CaseReport.objects.count() == 1 and PatrolLog.objects.count() == 1
