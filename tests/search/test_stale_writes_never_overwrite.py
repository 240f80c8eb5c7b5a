"""Documents carry their revision and are written with the change number: a late, stale write is refused."""

import pytest

from search.documents import prepare_many
from search.engines import write_engines
from tests.factories import DisclosureItemPageFactory

from .conftest import republish, titles

pytestmark = pytest.mark.django_db


def test_an_older_write_arriving_late_does_not_overwrite_a_newer_one(engine, portal, committed, find):
    with committed():
        item = DisclosureItemPageFactory(parent=portal.categories["finance"], title="政府采购意向公开")
    stale = prepare_many([type(item).objects.get(pk=item.pk)])
    item.title = "政府采购结果公告"
    with committed():
        republish(item)
    fresh = find("采购").hits[0]
    assert fresh.title == "政府采购结果公告"
    for target in write_engines():
        target.index(stale, version=1)  # the first change's number: older than the publish just done
        target.refresh()
    assert titles(find("采购")) == ["政府采购结果公告"]


def test_a_stale_write_cannot_resurrect_a_deleted_document(engine, portal, committed, find):
    with committed():
        item = DisclosureItemPageFactory(parent=portal.categories["finance"], title="政府采购意向公开")
    stale = prepare_many([type(item).objects.get(pk=item.pk)])
    with committed():
        item.withdraw("已过期。")
    for target in write_engines():
        target.index(stale, version=1)
        target.refresh()
    if engine == "elasticsearch":
        assert find("采购").total == 0  # the node remembers the delete's version
    else:
        # the database engine keeps no tombstones: reconcile removes such a document
        from django.core.management import call_command

        call_command("catalogue_index", "reconcile")
        assert find("采购").total == 0


def test_documents_carry_their_revision(engine, portal, committed):
    with committed():
        item = DisclosureItemPageFactory(parent=portal.categories["finance"], title="政府采购意向公开")
    item.refresh_from_db()
    [doc] = prepare_many([type(item).objects.get(pk=item.pk)])
    assert doc["revision_id"] == item.live_revision_id
