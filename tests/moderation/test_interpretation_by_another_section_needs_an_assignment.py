"""政策解读制度 第四条 (谁起草、谁解读): an interpretation's publisher is the document's section; another
section may publish one only when the document's head approved that assignment in the plan at step 2
(recorded with who and when on the head's opinion)."""

import pytest

from moderation.guards import PublishRefused
from moderation.interpretations import approved_plan_opinion
from moderation.publishing import publish_migrated
from moderation.review_actions import ReviewRefused
from tests.factories import DisclosureItemPageFactory, InterpretationPageFactory, approve_through_chain

from .flow import fresh

pytestmark = pytest.mark.django_db


def test_another_section_cannot_publish_an_interpretation_without_assignment(chain):
    document = DisclosureItemPageFactory(parent=chain.portal.categories["other"], publisher=chain.section_a,
                                         is_normative=True)
    interpretation = InterpretationPageFactory(parent=chain.portal.categories["other"], interpreted_document=document,
                                               publisher=chain.section_b, live=False)
    with pytest.raises(PublishRefused, match="谁起草、谁解读"):
        publish_migrated(interpretation, source="旧网站")
    with pytest.raises(ReviewRefused, match="谁起草、谁解读"):  # the leader cannot approve it either
        approve_through_chain(fresh(interpretation), chain.b)
    assert not fresh(interpretation).live


def test_section_assigned_by_the_documents_head_publishes_the_interpretation(chain, interpreted):
    document = interpreted.document
    document.interpreting_section = chain.section_b
    document.save()
    approve_through_chain(interpreted.interpretation, chain.a, steps=3)  # the document's own section's draft
    approve_through_chain(document, chain.a)
    assert fresh(document).live
    opinion = approved_plan_opinion(document.pk)
    assert opinion.reviewer == chain.a.head and opinion.approved_plan["interpreting_section"] == "信息化建设科"

    # 政策解读制度 第四条: written later by the assigned section, in its own full round.
    interpretation = InterpretationPageFactory(parent=chain.portal.categories["other"], interpreted_document=document,
                                               publisher=chain.section_b, live=False)
    approve_through_chain(interpretation, chain.b)
    assert fresh(interpretation).live
