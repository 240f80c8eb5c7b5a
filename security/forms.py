from django.core.exceptions import ValidationError
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from .lockout import lockout_message


class LoginForm(WagtailLoginForm):
    """Wagtail's admin log-in form (WAGTAILADMIN_USER_LOGIN_FORM), saying so when django-axes refused
    the attempt because of earlier failures, instead of "wrong password"."""

    def get_invalid_login_error(self):
        if getattr(self.request, "axes_locked_out", False):
            return ValidationError(lockout_message(), code="locked_out")
        return super().get_invalid_login_error()
