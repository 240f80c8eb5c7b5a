from django.apps import AppConfig


class PublicOpinionConfig(AppConfig):
    name = "public_opinion"
    verbose_name = "舆情回应"

    def ready(self):
        from . import signals  # noqa: F401  (the response page's publication, urgent cases, no deletion)
