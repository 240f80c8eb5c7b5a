from django.apps import AppConfig


class PageFilesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "page_files"
    verbose_name = "页面文件"

    def ready(self):
        from . import signals  # noqa: F401
