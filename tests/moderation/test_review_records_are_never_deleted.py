"""Problem 6: review records could be deleted. Opinions, findings, referrals and migration records
are the archive of what was decided, by whom, on which content (保密审查 第六条、第八条): what they
name is protected, revisions that carry them are never purged, and a page with records is
withdrawn (撤销), never deleted."""

import io

import pytest
from django.core.management import call_command
from django.db import models
from django.db.models.deletion import ProtectedError
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.models import Page, Revision

from moderation.models import Escalation, MigratedPublication, ReviewOpinion, SensitiveFinding
from moderation.retention import ReviewedRevisionChange
from tests.factories import DisclosureItemPageFactory, UserFactory, approve_through_chain

from .conftest import login
from .flow import fresh

pytestmark = pytest.mark.django_db

REFUSAL = "该页面有保密审查记录，不能删除；如需下线请撤销（填写撤销说明）"


@pytest.fixture
def superuser():
    return UserFactory(username="root", is_superuser=True, is_staff=True)


@pytest.fixture
def reviewed(chain):
    """chain.page, published through the four steps."""
    approve_through_chain(chain.page, team=chain.a)
    return fresh(chain.page)


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


@pytest.mark.parametrize("model", [ReviewOpinion, SensitiveFinding, Escalation, MigratedPublication])
def test_every_reference_of_a_review_record_protects(model):
    references = [f for f in model._meta.get_fields() if isinstance(f, models.ForeignKey)]
    assert references
    assert {f.name: f.remote_field.on_delete for f in references} == {f.name: models.PROTECT for f in references}


def test_a_page_with_opinions_cannot_be_deleted_in_code(reviewed):
    with pytest.raises(ProtectedError):
        reviewed.delete()
    assert Page.objects.filter(pk=reviewed.pk).exists()
    assert ReviewOpinion.objects.filter(page=reviewed).count() == 4


def test_the_admin_refuses_to_delete_a_page_with_records_and_says_why(client, reviewed, superuser):
    login(client, superuser)
    url = reverse("wagtailadmin_pages:delete", args=[reviewed.pk])
    for response in (client.get(url, follow=True), client.post(url, follow=True)):
        assert any(REFUSAL in m for m in messages_of(response)), messages_of(response)
    assert Page.objects.filter(pk=reviewed.pk).exists()
    assert ReviewOpinion.objects.filter(page=reviewed).count() == 4


def test_a_parent_of_pages_with_records_cannot_be_deleted(client, chain, reviewed, superuser):
    category = chain.portal.categories["other"]
    MigratedPublication.objects.filter(page=category).delete()  # (so that only the child carries records)
    login(client, superuser)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[category.pk]), follow=True)
    assert any(f"其下级页面「{reviewed.title}」" in m and "不能删除" in m for m in messages_of(response))
    assert Page.objects.filter(pk__in=[category.pk, reviewed.pk]).count() == 2


def test_bulk_delete_is_refused_too(client, chain, reviewed, superuser):
    draft = DisclosureItemPageFactory(parent=chain.portal.categories["other"], publisher=chain.section_a, live=False)
    login(client, superuser)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete")) + "?" + urlencode(
        {"id": [draft.pk, reviewed.pk], "next": reverse("wagtailadmin_explore", args=[reviewed.get_parent().pk])},
        doseq=True,
    )
    response = client.post(url, follow=True)
    assert any(REFUSAL in m for m in messages_of(response)), messages_of(response)
    assert Page.objects.filter(pk__in=[draft.pk, reviewed.pk]).count() == 2


def test_a_draft_without_records_can_still_be_deleted(client, chain, superuser):
    login(client, superuser)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[chain.page.pk]))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=chain.page.pk).exists()


def test_purge_revisions_keeps_the_revisions_that_carry_opinions(chain):
    page = chain.page.specific
    early = [page.save_revision().pk for _ in range(2)]  # drafts before submitting: no record names them
    approve_through_chain(page, team=chain.a)
    reviewed_revisions = set(ReviewOpinion.objects.filter(page=page).values_list("revision_id", flat=True))
    fresh(page).save_revision()  # a later draft, the latest
    draft = DisclosureItemPageFactory(parent=chain.portal.categories["other"], publisher=chain.section_b, live=False)
    unrelated = [draft.save_revision().pk for _ in range(3)]

    out = io.StringIO()
    call_command("purge_revisions", stdout=out)

    assert "保密审查记录所涉及的版本一律保留" in out.getvalue()
    assert set(Revision.objects.filter(pk__in=reviewed_revisions).values_list("pk", flat=True)) == reviewed_revisions
    assert ReviewOpinion.objects.filter(page=page).count() == 4
    assert not Revision.objects.filter(pk__in=early + unrelated[:-1]).exists()
    assert Revision.objects.filter(pk=unrelated[-1]).exists()  # the latest is always kept


def test_purge_revisions_keeps_a_round_that_was_referred_upwards(chain):
    page = chain.page.specific
    page.save_revision(user=chain.a.drafter)
    submission = page.get_workflow().start(page, chain.a.drafter)
    referred = submission.current_task_state.revision_id
    Escalation.objects.create(
        submission=submission, page=page, revision_id=referred, referred_to="市保密局", question="是否涉密",
        referred_by=chain.a.reviewer,
    )
    submission.cancel(user=chain.a.drafter)
    fresh(page).save_revision()

    call_command("purge_revisions")

    assert Revision.objects.filter(pk=referred).exists()


def test_a_reviewed_revision_keeps_its_content(reviewed):
    revision = ReviewOpinion.objects.filter(page=reviewed).first().revision
    revision.content["summary"] = "审查之后改写的概述"
    with pytest.raises(ReviewedRevisionChange):
        revision.save()
    with pytest.raises(ProtectedError):
        revision.delete()
    assert Revision.objects.get(pk=revision.pk).content["summary"] != "审查之后改写的概述"


def test_a_reviewer_cannot_be_deleted(reviewed, chain):
    with pytest.raises(ProtectedError):
        chain.a.reviewer.delete()
    assert ReviewOpinion.objects.filter(reviewer=chain.a.reviewer).exists()
