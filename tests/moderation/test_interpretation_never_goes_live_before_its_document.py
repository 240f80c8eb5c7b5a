"""政策解读制度 第四条: an interpretation goes live only with or after its document — whatever the path
(the leader's approval on the interpretation alone is in test_document_and_interpretation_go_live_together;
here the migration bypass and ``revision.publish()``), and an orphan interpretation never."""

import pytest

from disclosure_pages.models import InterpretationPage
from moderation.guards import PublishRefused
from moderation.publishing import publish_migrated
from tests.factories import DisclosureItemPageFactory, InterpretationPageFactory, SectionFactory

from .flow import fresh

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_document(portal):
    return DisclosureItemPageFactory(parent=portal.categories["regulations"], is_normative=True, live=False)


def draft_interpretation(portal, document):
    return InterpretationPageFactory(
        parent=portal.categories["regulations"], interpreted_document=document, live=False,
        publisher=document.publisher if document else SectionFactory(),
    )


def test_migrated_publication_of_an_interpretation_before_its_document_is_refused(portal, draft_document):
    interpretation = draft_interpretation(portal, draft_document)
    with pytest.raises(PublishRefused, match="不得先于所解读的文件"):
        publish_migrated(interpretation, source="旧网站")
    assert not fresh(interpretation).live


def test_revision_publish_of_an_interpretation_before_its_document_is_refused(portal, draft_document):
    interpretation = draft_interpretation(portal, draft_document)
    revision = interpretation.save_revision()
    with pytest.raises(PublishRefused, match="不得先于所解读的文件"):
        revision.publish(skip_permission_checks=True)
    assert not fresh(interpretation).live


def test_orphan_interpretation_cannot_go_live(portal):
    interpretation = draft_interpretation(portal, None)
    with pytest.raises(PublishRefused, match="未指明所解读的文件"):
        publish_migrated(interpretation, source="旧网站")
    assert not InterpretationPage.objects.filter(pk=interpretation.pk, live=True).exists()


def test_interpretation_of_a_live_document_may_go_live(portal, draft_document):
    interpretation = draft_interpretation(portal, draft_document)
    publish_migrated(draft_document, source="旧网站")
    publish_migrated(interpretation, source="旧网站")
    assert fresh(interpretation).live
