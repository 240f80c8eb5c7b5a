from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    label = "catalogue_search"
    verbose_name = "目录检索"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from organisation.admin_policies import OfficeAdminPolicy

        from . import indexing
        from .models import Synonym

        indexing.connect()
        # The synonym list is the general office's (信息公开管理员), like the calendar.
        register_permission_policy(Synonym, OfficeAdminPolicy(Synonym, actions=("add", "change", "delete", "view")))
