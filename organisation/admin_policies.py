"""Admin permission policies of models kept by the disclosure administrators (信息公开管理员) alone."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from .people import is_disclosure_admin
from .roles import ADMIN_GROUP


class OfficeAdminPolicy(BasePermissionPolicy):
    """Only ``actions`` (e.g. "view"), and only for the disclosure administrators (``is_disclosure_admin``):
    the log-in records (written by django-axes, never edited by hand: "view" only), the search synonyms."""

    def __init__(self, model, actions=("view",)):
        super().__init__(model)
        self.actions = frozenset(actions)

    def user_has_permission(self, user, action):
        return action in self.actions and is_disclosure_admin(user)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if not self.actions.intersection(actions):
            return users.none()
        return users.filter(Q(is_superuser=True) | Q(groups__name=ADMIN_GROUP)).distinct()
