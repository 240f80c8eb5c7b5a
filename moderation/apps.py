from django.apps import AppConfig


class ModerationConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "moderation"
    verbose_name = "保密审查"

    def ready(self):
        from . import guards, retention  # noqa: F401  (connect the publish guard and record keeping)
