"""The graded relevance set: a generated catalogue, judged queries, and nDCG@10 / MRR / recall@10.

``catalogue.documents()`` builds the same catalogue every time (seeded); ``judgements.QUERIES``
holds the queries, each with its kind, its graded judgements (3 exactly what was asked, 2 clearly
relevant, 1 related, unjudged 0) and the reason for them, written before any tuning.
``evaluate.run()`` indexes the catalogue in a throw-away place (a rolled-back transaction for the
database engine, its own index prefix for Elasticsearch) and scores each engine;
``manage.py search_relevance`` prints the figures.
"""
