"""Search tests run against both engines: the database engine and a live Elasticsearch node.

The Elasticsearch variant uses ELASTICSEARCH_URL from the environment (``make test`` sets it).
Without it the variant fails when CI=true, and is reported loudly otherwise. Each test gets its
own index prefix (per test run and per test), so parallel runs never share an index.
"""

import os
import uuid
from contextlib import contextmanager

import pytest

from search.engines import elasticsearch as es_module
from search.query import SearchParams, search

ES_URL = os.environ.get("ELASTICSEARCH_URL", "")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
RUN_ID = uuid.uuid4().hex[:8]
NOT_RUN = []


@pytest.fixture(params=["database", "elasticsearch"])
def engine(request, settings):
    """Configure the site for one engine; yields the engine's name."""
    es_module._breakers.clear()
    settings.CATALOGUE_SEARCH_REFRESH = True
    if request.param == "database":
        settings.ELASTICSEARCH_URL = ""
        yield "database"
        return
    if not ES_URL:
        message = "ELASTICSEARCH_URL is not set: the Elasticsearch variant of this test did NOT run"
        if IN_CI:
            pytest.fail(message + " (CI=true: a missing node fails the run)")
        NOT_RUN.append(request.node.nodeid)
        pytest.skip("!!! " + message + " !!!")
    settings.ELASTICSEARCH_URL = ES_URL
    settings.ELASTICSEARCH_INDEX_PREFIX = f"test-{RUN_ID}-{uuid.uuid4().hex[:6]}"
    engine = es_module.ElasticsearchEngine()
    yield "elasticsearch"
    try:
        engine.drop()
    except Exception:  # noqa: BLE001 - a test that broke the node must not hide its own failure
        pass


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """``with committed(): ...`` runs the block, then its on-commit callbacks, as a real commit would."""

    @contextmanager
    def run():
        with django_capture_on_commit_callbacks(execute=True):
            yield

    return run


@pytest.fixture
def find():
    """``find("预算", sort=..., filters=...)`` → SearchResults from whichever engine is configured."""

    def run(query="", **kwargs):
        return search(SearchParams(query=query, **kwargs))

    return run


def republish(page):
    """Publish the page's current state as a new revision, through the documented path the test
    factories use (moderation.publishing.publish_migrated), so the publish guards let it through."""
    from moderation.publishing import publish_migrated

    publish_migrated(page, source="测试数据")
    page.refresh_from_db()
    return page


def guide_page(portal, title, **kwargs):
    """A guide/rules page, published through a revision as the factories publish items."""
    from tests.factories import ContentPageFactory

    return republish(ContentPageFactory(parent=portal.home, title=title, live=False, **kwargs))


def titles(results):
    return [hit.title for hit in results.hits]


def pytest_terminal_summary(terminalreporter):
    if NOT_RUN:
        terminalreporter.section("ELASTICSEARCH NOT TESTED", sep="!", red=True, bold=True)
        terminalreporter.write_line(
            f"{len(NOT_RUN)} Elasticsearch variants of the search tests did not run: ELASTICSEARCH_URL is unset. "
            "Start a node with `bash scripts/services/elasticsearch.sh` and set "
            "ELASTICSEARCH_URL=http://127.0.0.1:9200 (make test does both).",
            red=True, bold=True,
        )
