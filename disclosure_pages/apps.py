from django.apps import AppConfig


class DisclosurePagesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "disclosure_pages"
    verbose_name = "信息公开页面"

    def ready(self):
        from . import listing_counts

        listing_counts.connect()
