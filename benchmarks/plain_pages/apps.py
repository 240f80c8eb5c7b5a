from django.apps import AppConfig


class PlainPagesConfig(AppConfig):
    """The benchmark's yardstick (not part of the product): a stock Wagtail page type."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "benchmarks.plain_pages"
    label = "plain_pages"
