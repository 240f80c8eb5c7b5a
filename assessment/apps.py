from django.apps import AppConfig


class AssessmentConfig(AppConfig):
    name = "assessment"
    verbose_name = "考核评议与年度报告"

    def ready(self):
        # The annual report (rep): freeze the figures when the report page is published.
        from .annual_report import publishing  # noqa: F401
