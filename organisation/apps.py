from django.apps import AppConfig


class OrganisationConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "organisation"
    verbose_name = "机构与科室"

    def ready(self):
        from . import signals  # noqa: F401
