from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    label = "catalogue_search"
    verbose_name = "目录检索"

    def ready(self):
        from django.conf import settings
        from wagtail.permissions import register_permission_policy

        from organisation.admin_policies import OfficeAdminPolicy

        from . import analysis, indexing
        from .models import Synonym

        indexing.connect()
        if getattr(settings, "CATALOGUE_SEARCH_PRELOAD_ANALYSIS", False):
            # jieba's dictionary (~70 MiB, 0.6 s) loaded once as the app starts: with gunicorn's
            # preload_app the forked workers share it instead of each loading it on its first search.
            analysis.preload()
        # The synonym list is the general office's (信息公开管理员), like the calendar.
        register_permission_policy(Synonym, OfficeAdminPolicy(Synonym, actions=("add", "change", "delete", "view")))
