"""The office's first synonym groups for the public search (设置 → 检索同义词), as issue 14 lists them."""

from search.models import Synonym

DEMO_SYNONYMS = [
    ("年报，年度报告", "政府信息公开工作年度报告的简称"),
    ("权责清单，权力清单和责任清单", ""),
    ("等保，等级保护", "网络安全等级保护"),
    ("三公经费，“三公”经费", "因公出国（境）费、公务用车购置及运行费、公务接待费"),
]


def ensure_synonyms():
    for words, note in DEMO_SYNONYMS:
        Synonym.objects.get_or_create(words=words, defaults={"note": note})
