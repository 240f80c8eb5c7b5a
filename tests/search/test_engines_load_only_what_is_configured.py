"""A worker loads what its configuration uses: no Elasticsearch client without ELASTICSEARCH_URL,
jieba not before the first search unless preloading is asked for, and then once, at start."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, sys
import django
django.setup()
import search.query, search.views, search.indexing  # what a worker serving search imports
print(json.dumps({name: name in sys.modules for name in ("elasticsearch", "jieba")}))
"""


def loaded(**env):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "disclosure_site.settings.dev", "ELASTICSEARCH_URL": "",
                   "CATALOGUE_SEARCH_PRELOAD_ANALYSIS": "", **env}
    output = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=environment, capture_output=True,
                            text=True, check=True, timeout=300).stdout
    return json.loads(output.strip().splitlines()[-1])


def test_without_elasticsearch_the_client_is_not_imported_nor_jieba_before_a_search():
    assert loaded() == {"elasticsearch": False, "jieba": False}


def test_preloading_loads_jieba_at_start():
    assert loaded(CATALOGUE_SEARCH_PRELOAD_ANALYSIS="1")["jieba"] is True
