"""The engine types live in ``search.engines.base``: ``search.query`` uses the engines, and the engines
never import ``search.query`` back (no import cycle)."""

import ast
import importlib
import importlib.util
import inspect

import pytest


def imported_modules(module_name):
    module = importlib.import_module(module_name)
    tree = ast.parse(inspect.getsource(module))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = importlib.util.resolve_name("." * node.level + (node.module or ""), module.__package__) \
                if node.level else node.module
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


@pytest.mark.parametrize("engine", ["search.engines.base", "search.engines.database", "search.engines.elasticsearch"])
def test_no_engine_imports_the_query_api(engine):
    assert "search.query" not in imported_modules(engine)


def test_query_and_engines_share_the_types_of_base():
    from search import query
    from search.engines import base, database, elasticsearch

    assert query.EngineUnavailable is base.EngineUnavailable is elasticsearch.EngineUnavailable
    assert query.SearchResults is base.SearchResults
    assert issubclass(database.DatabaseEngine, base.SearchEngine)
    assert issubclass(elasticsearch.ElasticsearchEngine, base.SearchEngine)
