"""`load_demo` gives the office the synonym groups of issue 14, once however often it runs, and the
search page applies them."""

import pytest
from django.core.management import call_command

from operations.demo.synonyms import DEMO_SYNONYMS
from search.models import Synonym

pytestmark = pytest.mark.django_db


def test_the_demo_synonyms_are_there_once(client):
    call_command("load_demo", items=5)
    call_command("load_demo", items=5)
    assert sorted(Synonym.objects.values_list("words", flat=True)) == sorted(words for words, _ in DEMO_SYNONYMS)
    response = client.get("/search/", {"q": "年报"})
    assert "已同时检索“年报”的同义词：年度报告" in response.content.decode()
