"""`manage.py catalogue_index reconcile` finds missing, stale and unwanted documents, fixes them and says so."""

import io

import pytest
from django.core.management import call_command

from search.documents import prepare_many
from search.engines import write_engines
from search.indexing import new_version
from tests.factories import DisclosureItemPageFactory

from .conftest import titles

pytestmark = pytest.mark.django_db


def test_reconcile_repairs_a_deliberately_corrupted_index(engine, portal, committed, find):
    with committed():
        kept = DisclosureItemPageFactory(parent=portal.categories["finance"], title="政府采购意向公开")
        lost = DisclosureItemPageFactory(parent=portal.categories["finance"], title="采购结果公告")
        altered = DisclosureItemPageFactory(parent=portal.categories["finance"], title="采购需求公示")
    draft = DisclosureItemPageFactory(parent=portal.categories["finance"], title="采购内部草稿", live=False)
    draft_doc = prepare_many([draft])[0]
    wrong = prepare_many([type(altered).objects.get(pk=altered.pk)])[0] | {"title": "被篡改的采购标题"}
    version = new_version("corruption")  # as if written by some earlier, buggy change
    for target in write_engines():
        target.delete([lost.pk], version=version)
        target.index([draft_doc, wrong], version=version)
        target.refresh()
    assert sorted(titles(find("采购"))) == sorted(["政府采购意向公开", "采购内部草稿", "被篡改的采购标题"])

    out = io.StringIO()
    call_command("catalogue_index", "reconcile", stdout=out)
    report = out.getvalue()
    assert f"missing, indexed: 1 (page ids {lost.pk})" in report
    assert f"stale, reindexed: 1 (page ids {altered.pk})" in report
    assert f"should not be there, deleted: 1 (page ids {draft.pk})" in report
    assert sorted(titles(find("采购"))) == sorted([kept.title, lost.title, altered.title])

    again = io.StringIO()
    call_command("catalogue_index", "reconcile", stdout=again)
    assert "no drift" in again.getvalue()


def test_a_scheduled_job_reconciles_without_the_command(engine, portal, committed, find):
    """``search.indexing.reconcile`` is the work itself: a scheduled job calls it and reads the drift."""
    from search import indexing

    with committed():
        lost = DisclosureItemPageFactory(parent=portal.categories["finance"], title="采购结果公告")
    for target in write_engines():
        target.delete([lost.pk], version=new_version("corruption"))
        target.refresh()
    assert titles(find("采购")) == []

    drifts = indexing.reconcile()
    assert {drift.engine for drift in drifts} == {target.name for target in write_engines()}
    assert all(drift.missing == [lost.pk] and not drift.stale and not drift.extra for drift in drifts)
    assert titles(find("采购")) == [lost.title]
    assert not any(drift.any for drift in indexing.reconcile())
