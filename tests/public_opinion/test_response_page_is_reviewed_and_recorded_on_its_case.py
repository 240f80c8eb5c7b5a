"""舆情回应制度 第四条: the responding section drafts a 回应关切 page; it goes through the same four steps
as every page (保密审查 第六条, 协调机制 第五条); when it goes live, on the publish path itself, its case
records the time and channel. An urgent case's response is announced to every step's people at once."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from moderation.guards import PublishRefused
from public_opinion.models import ResponseChannel, ResponsePage
from tests.factories import approve_through_chain
from tests.moderation.flow import fresh

from .factories import OpinionCaseFactory, ResponsePageFactory

pytestmark = pytest.mark.django_db


def draft_response(opinion, **kwargs):
    return ResponsePageFactory(parent=opinion.column, publisher=opinion.section_a, case=opinion.case, live=False,
                               **kwargs)


def test_a_response_is_not_published_without_the_chain(opinion):
    page = draft_response(opinion)
    revision = page.save_revision(user=opinion.a.drafter)
    with pytest.raises(PublishRefused):
        revision.publish()
    assert not fresh(page).live
    opinion.case.refresh_from_db()
    assert opinion.case.responded_at is None


def test_the_leaders_approval_publishes_it_and_the_case_records_time_and_channel(opinion):
    page = draft_response(opinion, channel=ResponseChannel.PORTAL)
    approve_through_chain(page, opinion.a)
    page = fresh(page)
    assert page.live
    opinion.case.refresh_from_db()
    assert opinion.case.responded_at == page.last_published_at
    assert opinion.case.response_channel == ResponseChannel.PORTAL
    assert opinion.case.time_to_response == page.last_published_at - opinion.case.first_seen_at
    assert "上线" in opinion.case.history.latest("history_date").history_change_reason


def test_the_first_response_is_the_one_recorded(opinion):
    first = draft_response(opinion)
    approve_through_chain(first, opinion.a)
    recorded = type(opinion.case).objects.get(pk=opinion.case.pk).responded_at
    second = draft_response(opinion, channel=ResponseChannel.NEW_MEDIA)
    approve_through_chain(second, opinion.a)
    opinion.case.refresh_from_db()
    assert opinion.case.responded_at == recorded and opinion.case.response_channel == ResponseChannel.PORTAL


def test_only_a_responsible_section_answers_a_case(opinion):
    page = ResponsePage(title="回应", slug="x", publisher=opinion.section_b, case=opinion.case)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "回应科室须是该舆情的责任科室之一" in str(error.value)


def test_the_editor_offers_only_the_cases_the_person_sees(client, opinion):
    other = OpinionCaseFactory(sections=[opinion.section_b], title="信息化建设科的舆情 otherkestrel")
    client.force_login(opinion.a.drafter)
    url = reverse("wagtailadmin_pages:add", args=["public_opinion", "responsepage", opinion.column.pk])
    html = client.get(url).content.decode()
    assert opinion.case.title in html and other.title not in html
    data = nested_form_data({
        "title": "关于平台收费传言的说明", "slug": "shuoming", "publisher": opinion.section_a.pk, "case": other.pk,
        "channel": ResponseChannel.PORTAL, "corrected_item": "", "summary": "", "body": streamfield([]),
        "comments": inline_formset([]), "action-submit": "1",
    })
    response = client.post(url, data)
    assert response.status_code == 200 and not ResponsePage.objects.filter(slug="shuoming").exists()
    data["case"] = opinion.case.pk
    response = client.post(url, data)
    assert response.status_code == 302
    assert ResponsePage.objects.get(slug="shuoming").case == opinion.case


def test_an_urgent_response_is_announced_to_every_step_at_once(opinion, mailoutbox,
                                                               django_capture_on_commit_callbacks):
    opinion.case.urgent = True
    opinion.case.save()
    page = draft_response(opinion)
    page.save_revision(user=opinion.a.drafter)
    with django_capture_on_commit_callbacks(execute=True):
        page.get_workflow().start(page, opinion.a.drafter)
    urgent = [m for m in mailoutbox if m.subject.startswith("【加急·回应关切】")]
    assert len(urgent) == 1
    assert set(urgent[0].to) >= {u.email for u in opinion.a.steps}
    assert opinion.b.drafter.email not in urgent[0].to


def test_an_ordinary_response_waits_for_each_step(opinion, mailoutbox, django_capture_on_commit_callbacks):
    page = draft_response(opinion)
    page.save_revision(user=opinion.a.drafter)
    with django_capture_on_commit_callbacks(execute=True):
        page.get_workflow().start(page, opinion.a.drafter)
    assert not [m for m in mailoutbox if m.subject.startswith("【加急·回应关切】")]
