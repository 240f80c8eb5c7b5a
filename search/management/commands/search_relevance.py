"""``manage.py search_relevance [--engine database|elasticsearch] [--queries]``: the graded set's
nDCG@10, MRR and recall@10 per kind of query, for each engine (search/relevance/)."""

import logging

from django.conf import settings
from django.core.management.base import BaseCommand

from search.relevance import evaluate


class Command(BaseCommand):
    help = "检索相关性评测：按查询类型输出 nDCG@10、MRR、recall@10（两个检索引擎）。"

    def add_arguments(self, parser):
        parser.add_argument("--engine", choices=["database", "elasticsearch"], action="append")
        parser.add_argument("--queries", action="store_true", help="also print each query's scores")

    def handle(self, *args, engine=None, queries=False, **options):
        logging.getLogger("elastic_transport").setLevel(logging.WARNING)  # not a line per request
        engines = engine or (["database", "elasticsearch"] if settings.ELASTICSEARCH_URL else ["database"])
        for name in engines:
            results = evaluate.run(name)
            self.stdout.write(f"\n{name}")
            self.stdout.write(f"{'kind':<10}{'queries':>8}{'nDCG@10':>10}{'MRR':>8}{'R@10':>8}")
            for kind, (count, ndcg, mrr, recall) in sorted(evaluate.by_kind(results).items(),
                                                           key=lambda item: item[0] == "all"):
                self.stdout.write(f"{kind:<10}{count:>8}{ndcg:>10.3f}{mrr:>8.3f}{recall:>8.3f}")
            misses = [query.text for query, result in results.items()
                      if query.kind in ("number", "index") and query.grades.get(result.first) != 3]
            self.stdout.write(f"文号/索引号 not first: {misses or 'none'}")
            if queries:
                for query, result in results.items():
                    self.stdout.write(f"  {query.kind:<8} {result.ndcg:.2f} {result.mrr:.2f} {result.recall:.2f}  "
                                      f"{query.text}  ({query.reason})")
