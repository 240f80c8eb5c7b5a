"""The demo holds the records the annual report and the assessment read (issue 12): review and litigation
cases over the last full year and this one (every kind, several results, one pending), 规章 and
行政规范性文件 among the regulation items (one repealed last year), other channels on a few items, three
incidents in different sections — all dated from this year and none in the future."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from assessment.models import Incident
from disclosure_pages.models import DisclosureItemPage, DocumentKind, ItemChannel, Validity
from disclosure_requests.models import LegalChallenge
from disclosure_requests.models.choices import ChallengeKind, ChallengeResult

pytestmark = pytest.mark.django_db


def test_demo_has_the_records(client, capsys):
    """One load of the demo (it takes a while), every kind of record checked on it."""
    call_command("load_demo", items=60)
    capsys.readouterr()
    today = timezone.localdate()
    review_and_litigation_cases(today)
    document_kinds_and_a_repeal_last_year(today, client)
    channels_on_a_few_items(today, client)
    incidents_in_three_sections(today)


def review_and_litigation_cases(demo):
    today, last = demo, demo.year - 1
    cases = list(LegalChallenge.objects.select_related("request"))
    assert {c.kind for c in cases} == set(ChallengeKind.values)
    assert {c.result for c in cases} == set(ChallengeResult.values)
    assert [c.filed_on.year for c in cases if c.result == ChallengeResult.PENDING] == [today.year]
    assert {c.filed_on.year for c in cases} == {last, today.year} and 4 <= len(cases) <= 6
    for case in cases:
        case.full_clean()  # every date a fact: in order, after the receipt, not in the future


def document_kinds_and_a_repeal_last_year(demo, client):
    items = DisclosureItemPage.objects.exact_type(DisclosureItemPage).live()
    assert items.filter(document_kind=DocumentKind.RULE).count() == 2
    normative = items.filter(document_kind=DocumentKind.NORMATIVE)
    assert normative.exists() and not normative.filter(is_normative=False).exists()
    repealed = normative.get(validity=Validity.REPEALED, validity_changed_on__year=demo.year - 1)
    assert repealed.live_revision.as_object().document_kind == DocumentKind.NORMATIVE  # as published
    assert "行政规范性文件" in client.get(repealed.url).content.decode()
    # The older site's lapsed items keep the day they lapsed, not the day the demo was loaded.
    assert not items.exclude(validity=Validity.IN_FORCE).filter(validity_changed_on=demo).exists()
    assert not items.exclude(validity=Validity.IN_FORCE).filter(validity_changed_on=None).exists()


def channels_on_a_few_items(demo, client):
    channels = list(ItemChannel.objects.select_related("page"))
    assert len({c.page_id for c in channels}) == 4 and all(c.published_on <= demo for c in channels)
    item = channels[0].page.specific
    assert item.live_revision.as_object().channels.count() == len(item.channels.all())
    assert "同步发布渠道：" in client.get(item.url).content.decode()


def incidents_in_three_sections(demo):
    incidents = list(Incident.objects.all())
    assert len(incidents) == 3 and len({i.section_id for i in incidents}) == 3
    for incident in incidents:
        incident.full_clean()
    assert max(i.found_on for i in incidents) <= demo
    assert any(i.handled_on is None for i in incidents) and datetime.date(demo.year - 1, 1, 1) <= min(
        i.occurred_on for i in incidents)
