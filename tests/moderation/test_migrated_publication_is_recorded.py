"""publish_migrated: the one documented bypass of the chain records itself (协调机制 第五条)."""

import pytest

from disclosure_pages.models import Classification
from moderation.models import MigratedPublication
from moderation.publishing import MigratedPublicationRefused, publish_migrated
from tests.factories import DisclosureItemPageFactory, UserFactory


@pytest.mark.django_db
def test_publish_migrated_publishes_and_records(portal):
    page = DisclosureItemPageFactory(parent=portal.categories["other"], live=False)
    importer = UserFactory(username="importer")

    record = publish_migrated(page, source="原网站 http://old.example/123", user=importer)

    page.refresh_from_db()
    assert page.live
    assert record.page_id == page.pk
    assert record.revision_id == page.live_revision_id
    assert record.run_by == importer
    assert record.source == "原网站 http://old.example/123"
    assert MigratedPublication.objects.filter(page=page).count() == 1


@pytest.mark.django_db
def test_publish_migrated_refuses_classified_page(portal):
    page = DisclosureItemPageFactory(
        parent=portal.categories["other"], live=False, classification=Classification.SECRET
    )
    with pytest.raises(MigratedPublicationRefused):
        publish_migrated(page, source="原网站")
    page.refresh_from_db()
    assert not page.live
    assert not MigratedPublication.objects.filter(page=page).exists()


@pytest.mark.django_db
def test_publish_migrated_needs_a_source(portal):
    page = DisclosureItemPageFactory(parent=portal.categories["other"], live=False)
    with pytest.raises(ValueError):
        publish_migrated(page, source="  ")
