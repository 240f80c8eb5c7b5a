from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    label = "catalogue_search"
    verbose_name = "目录检索"

    def ready(self):
        from . import indexing

        indexing.connect()
