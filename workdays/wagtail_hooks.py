from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CalendarDay


class CalendarDayViewSet(SnippetViewSet):
    model = CalendarDay
    icon = "date"
    menu_label = "工作日历调整"
    add_to_settings_menu = True
    list_display = ["date", "is_working_day", "note"]
    ordering = ["-date"]


register_snippet(CalendarDayViewSet)
