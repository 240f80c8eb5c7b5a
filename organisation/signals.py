from django.contrib.auth import get_user_model
from django.db.models.deletion import ProtectedError
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from .models import Membership
from .role_history import held_roles_refusal
from .roles import sync_user_groups


@receiver([post_save, post_delete], sender=Membership)
def membership_changed(sender, instance, **kwargs):
    sync_user_groups(instance.user)


@receiver(pre_delete, sender=get_user_model())
def keep_people_named_in_records(sender, instance, **kwargs):
    """保密审查 第六条: who reviewed, and in which office, stays answerable; people are deactivated,
    not deleted. (Current memberships and review records also PROTECT the user.)"""
    if reason := held_roles_refusal(instance):
        raise ProtectedError(reason, list(Membership.history.filter(user_id=instance.pk)))
