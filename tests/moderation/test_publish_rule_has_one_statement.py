"""协调机制 第五条: ``guards.refusal_reason`` is the only statement of the publish rule. The leader's
approval asks it (through ``publishing.publish_reviewed``) before publishing, and the migrated path
refuses with the guard's own classification reason."""

import pytest

from disclosure_pages.models import Classification
from moderation import guards, publishing
from moderation.models import ReviewOpinion
from moderation.publishing import MigratedPublicationRefused, publish_migrated
from tests.factories import DisclosureItemPageFactory

from .flow import act, fresh, run_chain

pytestmark = pytest.mark.django_db


def test_the_leaders_approval_publishes_only_what_refusal_reason_allows(client, chain, monkeypatch):
    asked = []

    def spying(page, revision):
        asked.append((page.pk, revision.pk))
        return guards.refusal_reason(page, revision)

    monkeypatch.setattr(publishing, "refusal_reason", spying)
    page = run_chain(client, chain)
    assert fresh(page).live
    assert asked == [(page.pk, fresh(page).live_revision_id)]


def test_a_refusal_at_the_leaders_approval_publishes_nothing_and_records_nothing(client, chain, monkeypatch):
    page = run_chain(client, chain, steps=3)
    monkeypatch.setattr(publishing, "refusal_reason", lambda page, revision: "规则不允许发布。")
    assert act(client, chain.a.leader, page, xhr=True).status_code == 403
    assert not fresh(page).live
    assert ReviewOpinion.objects.filter(page=page).count() == 3


def test_migrated_publication_refuses_with_the_guards_reason(portal):
    page = DisclosureItemPageFactory(parent=portal.categories["other"], live=False,
                                     classification=Classification.SECRET)
    with pytest.raises(MigratedPublicationRefused) as refused:
        publish_migrated(page, source="原网站")
    assert str(refused.value) == guards.classification_refusal(page)
    assert not fresh(page).live
