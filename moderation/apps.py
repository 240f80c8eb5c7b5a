from django.apps import AppConfig


class ModerationConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "moderation"
    verbose_name = "保密审查"

    def ready(self):
        from . import guards  # noqa: F401  (connects the publish guard)
