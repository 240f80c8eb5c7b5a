"""Publish → found; unpublish, delete, restrict, move → the index follows — after the commit, never before."""

import pytest
from django.db import transaction
from wagtail.models import PageViewRestriction

from moderation.models import MigratedPublication
from search.models import IndexChange
from tests.factories import DisclosureItemPageFactory

from .conftest import republish, titles

pytestmark = pytest.mark.django_db


def test_a_published_item_is_found_only_after_the_commit(engine, portal, committed, find):
    # The portal's own pages were published outside this commit: their rows are not this test's.
    earlier = list(IndexChange.objects.values_list("pk", flat=True))
    pending = IndexChange.objects.filter(done_at__isnull=True).exclude(pk__in=earlier)
    with committed():
        DisclosureItemPageFactory(parent=portal.categories["finance"], title="政府采购意向公开")
        assert find("采购").total == 0  # still inside the transaction: nothing indexed yet
        assert pending.exists()  # but the outbox row is written
    assert titles(find("采购")) == ["政府采购意向公开"]
    assert not pending.exists()


def test_a_rolled_back_publish_leaves_no_trace(engine, portal, committed, find):
    earlier = IndexChange.objects.count()
    with committed():
        try:
            with transaction.atomic():
                DisclosureItemPageFactory(parent=portal.categories["finance"], title="政府采购意向公开")
                raise RuntimeError("the editor's transaction fails")
        except RuntimeError:
            pass
    assert find("采购").total == 0
    assert IndexChange.objects.count() == earlier


def test_an_unpublished_item_disappears(engine, portal, committed, find):
    with committed():
        item = DisclosureItemPageFactory(parent=portal.categories["finance"], title="政府采购意向公开")
    with committed():
        item.withdraw("公开期限届满。")
    assert find("采购").total == 0


def without_review_records(*pages):
    """A page that was public carries review records, which forbid deleting it (moderation.retention);
    these tests are about the index, so the test pages' migration records are removed first."""
    MigratedPublication.objects.filter(page__in=[page.pk for page in pages]).delete()


def test_a_deleted_item_disappears(engine, portal, committed, find):
    with committed():
        item = DisclosureItemPageFactory(parent=portal.categories["finance"], title="政府采购意向公开")
    with committed():
        without_review_records(item)
        item.delete()
    assert find("采购").total == 0


def test_a_deleted_category_takes_its_items_out(engine, portal, committed, find):
    category = portal.categories["finance"]
    with committed():
        items = [
            DisclosureItemPageFactory(parent=category, title="政府采购意向公开"),
            DisclosureItemPageFactory(parent=category, title="采购结果公告"),
        ]
    with committed():
        without_review_records(category, *items)
        category.delete()
    assert find("采购").total == 0


def test_a_view_restriction_hides_and_its_removal_shows_again(engine, portal, committed, find):
    with committed():
        item = DisclosureItemPageFactory(parent=portal.categories["finance"], title="政府采购意向公开")
    with committed():
        restriction = PageViewRestriction.objects.create(page=item, restriction_type=PageViewRestriction.LOGIN)
    assert find("采购").total == 0
    with committed():
        restriction.delete()
    assert find("采购").total == 1


def test_a_moved_item_carries_its_new_category_and_url(engine, portal, committed, find):
    with committed():
        item = DisclosureItemPageFactory(parent=portal.categories["finance"], title="政府采购意向公开")
    with committed():
        item.move(portal.categories["planning"], pos="last-child")
    hit = find("采购").hits[0]
    assert hit.category == "planning"
    assert "/planning/" in hit.url


def test_a_new_revision_replaces_the_indexed_text(engine, portal, committed, find):
    with committed():
        item = DisclosureItemPageFactory(parent=portal.categories["finance"], title="政府采购意向公开")
    item.title = "政府采购结果公告"
    with committed():
        republish(item)
    assert titles(find("采购")) == ["政府采购结果公告"]
    assert find("意向").total == 0
