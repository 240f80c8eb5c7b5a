from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from organisation.people import is_disclosure_admin
from organisation.roles import ADMIN_GROUP


class OfficeAdminPolicy(BasePermissionPolicy):
    """Only ``actions`` (e.g. "view"), and only for the disclosure administrators (``is_disclosure_admin``): the log-in records are
    written by django-axes and never edited by hand."""

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
