"""设置 → 同义词: the office's list of synonyms and abbreviations for the public search."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = "检索同义词"
    add_to_settings_menu = True
    list_display = ["words", "note", "updated_at"]
    search_fields = ["words", "note"]
    ordering = ["words"]


register_snippet(SynonymViewSet)
