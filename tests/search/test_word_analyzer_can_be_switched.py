"""A site with the ik or smartcn plugin may let the node segment the word fields (docs/search.md).
The test node has neither, so the switch is exercised with a core analyzer standing in for them."""

import pytest

from search.engines import elasticsearch_engine
from tests.factories import DisclosureItemPageFactory

from .conftest import titles

pytestmark = pytest.mark.django_db


def test_the_word_fields_use_the_configured_analyzer_and_search_still_works(engine, settings, portal, committed,
                                                                           find):
    settings.CATALOGUE_SEARCH_WORD_ANALYZER = {"analyzer": "simple", "search_analyzer": "simple"}
    settings.CATALOGUE_SEARCH_SEGMENT_IN_PYTHON = False
    with committed():
        DisclosureItemPageFactory(parent=portal.categories["finance"], title="2024年部门预算公开")
    assert titles(find("预算")) == ["2024年部门预算公开"]
    assert titles(find("部门预算")) == ["2024年部门预算公开"]
    elastic = elasticsearch_engine()
    if elastic is not None:
        [index] = elastic.alias_targets()
        properties = elastic.client.indices.get_mapping(index=index)[index]["mappings"]["properties"]
        assert properties["text_words"]["analyzer"] == "simple"
        assert properties["title"]["analyzer"] == "standard"
