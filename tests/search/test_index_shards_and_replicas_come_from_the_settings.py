"""A new catalogue index gets the shards and replicas the settings name (ELASTICSEARCH_SHARDS,
ELASTICSEARCH_REPLICAS; docs/scaling.md, a 3-node cluster), on the live node."""

import pytest

from search.engines import elasticsearch_engine


@pytest.mark.parametrize("engine", ["elasticsearch"], indirect=True)
def test_a_new_index_has_the_configured_shards_and_replicas(engine, settings):
    settings.CATALOGUE_SEARCH_SHARDS, settings.CATALOGUE_SEARCH_REPLICAS = 2, 1
    elastic = elasticsearch_engine()
    name = elastic.new_index_name()
    elastic.create_index(name)
    try:
        index = elastic.client.indices.get_settings(index=name)[name]["settings"]["index"]
    finally:
        elastic.client.indices.delete(index=name)
    assert (index["number_of_shards"], index["number_of_replicas"]) == ("2", "1")
