"""The demo (政策解读制度): normative documents carry their plan and an interpretation with real content in
several forms; one document waits at the leader's step with its interpretation, and the leader's one
approval publishes both."""

import pytest
from django.core.management import call_command
from django.http import HttpRequest
from django.urls import reverse

from disclosure_pages.models import DisclosureItemPage, InterpretationPage
from moderation.models import ReviewStep
from operations.demo.interpretations import WAITING_TITLE
from operations.demo.people import DEMO_PASSWORD

pytestmark = pytest.mark.django_db


def test_demo_interpretations_with_content_and_one_pair_waiting_for_the_leader(client, capsys):
    call_command("load_demo", items=40)
    capsys.readouterr()
    live = InterpretationPage.objects.live()
    forms = {page.interpretation_form for page in live}
    assert len(forms - {"written"}) >= 2
    assert all(page.interpretation_content or page.interpretation_form == "written" for page in live)
    normative = DisclosureItemPage.objects.live().filter(is_normative=True, interpretationpage__isnull=True)
    assert normative.exists() and not [doc for doc in normative if doc.missing_plan_parts()]
    assert all(doc.live_interpretations().exists() for doc in normative)
    html = client.get(reverse("disclosure_pages:interpretations")).content.decode()
    assert "政策问答" in html and "专家解读" in html

    document = DisclosureItemPage.objects.get(title=WAITING_TITLE)
    interpretation = InterpretationPage.objects.get(interpreted_document=document)
    for page in (document, interpretation):
        assert page.current_workflow_task.specific.step == ReviewStep.LEADER_APPROVAL
    assert client.login(request=HttpRequest(), username="leader", password=DEMO_PASSWORD)
    assert WAITING_TITLE in client.get("/admin/").content.decode()
    task_state = document.current_workflow_task_state
    client.post(reverse("moderation:act", args=[document.pk]),
                {"action": "approve", "task_state": task_state.pk, "decision": "proactive", "comment": "同意"})
    assert DisclosureItemPage.objects.get(pk=document.pk).live
    assert InterpretationPage.objects.get(pk=interpretation.pk).live
