from django.apps import AppConfig


class DisclosureRequestsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "disclosure_requests"
    verbose_name = "依申请公开"
