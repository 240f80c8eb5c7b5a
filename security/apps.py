from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "security"
    verbose_name = "登录与访问安全"

    def ready(self):
        from axes.models import AccessAttempt, AccessFailureLog, AccessLog
        from wagtail.permissions import register_permission_policy

        from organisation.admin_policies import OfficeAdminPolicy

        # The log-in records of django-axes: listed for the office, never edited by hand.
        for model in (AccessAttempt, AccessFailureLog, AccessLog):
            register_permission_policy(model, OfficeAdminPolicy(model))
