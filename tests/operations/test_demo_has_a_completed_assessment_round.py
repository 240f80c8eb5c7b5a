"""The demo shows a completed assessment round (考核评议制度) for the last full year: the self-checks of
the sections concerned, their grades approved by the leader in charge, and the result letters."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from assessment.models import AssessmentRound, RoundState
from organisation.models import Section
from tests.factories import UserFactory


@pytest.mark.django_db
def test_demo_round_is_complete(client):
    call_command("load_demo", items=20)
    call_command("load_demo", items=20)  # idempotent
    round_ = AssessmentRound.objects.get()
    assert round_.year == timezone.localdate().year - 1 and round_.state == RoundState.CLOSED
    concerned = list(round_.concerned_sections())
    assert {s.code for s in concerned} == {"dsj", "xxh"}
    assert round_.self_checks.count() == 2
    assert all(a.is_approved and a.grade == a.suggested_grade for a in round_.assessments.all())

    dsj = Section.objects.get(code="dsj")
    client.force_login(UserFactory(username="head"))
    page = client.get(reverse("assessment_rounds:section", args=[round_.pk, dsj.pk])).content.decode()
    assert "考核等次" in page and "自查报告" in page
    letter = client.get(reverse("assessment_rounds:letter", args=[round_.pk, dsj.pk]))
    assert letter.status_code == 200 and letter.content.startswith(b"%PDF")
