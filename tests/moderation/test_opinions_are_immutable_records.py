"""保密审查 第六条: opinions are records — written once, never changed or deleted, with history."""

import pytest
from django.core.exceptions import ValidationError

from moderation.models import ReviewOpinion
from tests.factories import approve_through_chain


@pytest.mark.django_db
def test_opinion_cannot_be_changed_or_deleted(chain):
    approve_through_chain(chain.page, team=chain.a)
    opinion = ReviewOpinion.objects.filter(page=chain.page).first()
    opinion.comment = "事后改写"
    with pytest.raises(ValidationError):
        opinion.save()
    with pytest.raises(ValidationError):
        opinion.delete()
    assert ReviewOpinion.objects.get(pk=opinion.pk).comment == "同意"
    assert opinion.history.count() == 1


@pytest.mark.django_db
def test_opinions_are_queryable_as_data(chain):
    approve_through_chain(chain.page, team=chain.a)
    rows = ReviewOpinion.objects.filter(page=chain.page).order_by("step").values_list("step", "reviewer__username")
    assert list(rows) == [(1, "a_drafter"), (2, "a_head"), (3, "a_reviewer"), (4, "a_leader")]
