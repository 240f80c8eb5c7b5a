"""A failed index update never fails the editor's action: the outbox row stays and is retried."""

import pytest
from django.core.management import call_command

from search.models import IndexChange
from tests.factories import DisclosureItemPageFactory

from .conftest import ES_URL, titles

pytestmark = pytest.mark.django_db

# Nothing listens on port 9 (discard): connections are refused at once — a real failure, no mock.
DEAD_NODE = "http://127.0.0.1:9"


def test_publishing_succeeds_while_elasticsearch_is_down(engine, settings, portal, committed):
    settings.ELASTICSEARCH_URL = DEAD_NODE
    with committed():
        item = DisclosureItemPageFactory(parent=portal.categories["finance"], title="政府采购意向公开")
    item.refresh_from_db()
    assert item.live
    change = IndexChange.objects.get(page_id=item.pk)
    assert change.done_at is None and change.attempts == 1
    assert "Unavailable" in change.last_error and change.next_attempt_at is not None


def test_the_public_page_answers_from_the_database_while_elasticsearch_is_down(
    engine, settings, portal, committed, client, caplog
):
    with committed():
        DisclosureItemPageFactory(parent=portal.categories["finance"], title="政府采购意向公开")
    settings.ELASTICSEARCH_URL = DEAD_NODE
    with caplog.at_level("WARNING", logger="search.query"):
        response = client.get("/search/", {"q": "采购"})
    assert response.status_code == 200
    results = response.context["results"]
    assert results.engine == "database" and results.engine_fallback
    assert titles(results) == ["政府采购意向公开"]
    assert "answered from the database" in caplog.text


def test_the_circuit_breaker_stops_calling_a_dead_node(engine, settings, portal, find):
    from search.engines.elasticsearch import breaker_for

    settings.ELASTICSEARCH_URL = DEAD_NODE
    for _ in range(3):
        assert find("采购").engine_fallback
    breaker = breaker_for(DEAD_NODE)
    assert breaker.is_open
    assert not breaker.allow()  # the next query does not even try the node
    assert find("采购").engine_fallback


def test_a_pending_change_is_applied_by_catalogue_index_process(engine, settings, portal, committed, find):
    if engine != "elasticsearch":
        # the database engine cannot be "down" while the database is up: its half of the change is done
        settings.ELASTICSEARCH_URL = ""
    with committed():
        settings.ELASTICSEARCH_URL = DEAD_NODE
        DisclosureItemPageFactory(parent=portal.categories["finance"], title="政府采购意向公开")
    settings.ELASTICSEARCH_URL = ES_URL if engine == "elasticsearch" else ""
    IndexChange.objects.update(next_attempt_at=None)
    call_command("catalogue_index", "process")
    assert not IndexChange.objects.filter(done_at__isnull=True).exists()
    assert titles(find("采购")) == ["政府采购意向公开"]
