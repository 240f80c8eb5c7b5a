"""`manage.py catalogue_index rebuild` fills a new index with bulk requests and swaps the alias;
queries keep answering while it runs."""

import io

import pytest
from django.core.management import call_command

from search.engines import elasticsearch_engine
from search.engines.elasticsearch import ElasticsearchEngine
from tests.factories import DisclosureItemPageFactory

from .conftest import titles

pytestmark = pytest.mark.django_db


def test_rebuild_answers_queries_throughout_and_swaps_the_alias(engine, portal, committed, find, monkeypatch):
    with committed():
        for n in range(3):
            DisclosureItemPageFactory(parent=portal.categories["finance"], title=f"第{n}批采购公告")
    elastic = elasticsearch_engine()
    before = elastic.alias_targets() if elastic else []
    seen_during = []
    original_rebuild = ElasticsearchEngine.rebuild

    def rebuild_watching(self, batches, version, progress=None):
        def watch(count):
            seen_during.append(find("采购").total)  # a query while the new index fills
            if progress:
                progress(count)

        return original_rebuild(self, batches, version, progress=watch)

    monkeypatch.setattr(ElasticsearchEngine, "rebuild", rebuild_watching)  # observes, the engine is real
    out = io.StringIO()
    call_command("catalogue_index", "rebuild", stdout=out)
    assert "rebuild done" in out.getvalue()
    assert "database: 3 documents" in out.getvalue()
    assert len(find("采购").hits) == 3
    if elastic:
        after = elastic.alias_targets()
        assert len(after) == 1 and after != before
        assert seen_during == [3]
        assert "elasticsearch: 3 documents" in out.getvalue()


def test_rebuild_indexes_what_is_public_only(engine, portal, committed, find):
    with committed():
        DisclosureItemPageFactory(parent=portal.categories["finance"], title="采购公告")
    DisclosureItemPageFactory(parent=portal.categories["finance"], title="采购草稿", live=False)
    call_command("catalogue_index", "rebuild", stdout=io.StringIO())
    assert titles(find("采购")) == ["采购公告"]
