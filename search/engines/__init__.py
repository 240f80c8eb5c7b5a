"""The two search engines behind one API (see search/query.py).

``elasticsearch_engine()`` is None unless ``ELASTICSEARCH_URL`` is set; the database engine is
always there: it is the default, the fallback, and it is kept up to date in both cases.
"""

from django.conf import settings


def database_engine():
    from .database import DatabaseEngine

    return DatabaseEngine()


def elasticsearch_engine():
    if not settings.ELASTICSEARCH_URL:
        return None
    from .elasticsearch import ElasticsearchEngine

    return ElasticsearchEngine()


def write_engines():
    """Every engine an index change must reach: the database engine first, then Elasticsearch."""
    engines = [database_engine()]
    elastic = elasticsearch_engine()
    if elastic is not None:
        engines.append(elastic)
    return engines
