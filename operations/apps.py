from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Commands that run the site (demo, import, setup): the one app allowed to import every other."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "operations"
    verbose_name = "运维命令"
