"""wagtail-modeladmin permissions for records kept by role, not by Django's model permissions.

A record kind names who keeps it (``keeps(user)``: lists, enters and corrects every record) and who may
open one record (``may_open(user, obj)``, read only unless the user keeps the register too). Nothing is
deleted: a wrong entry is corrected, and its history (simple-history) shows the correction."""

from abc import ABCMeta, abstractmethod

from wagtail_modeladmin.helpers import PermissionHelper


class RecordPermissionHelper(PermissionHelper, metaclass=ABCMeta):
    """Abstract: a record kind that does not say who keeps it and who may open one cannot be registered
    (its helper cannot be made)."""

    @abstractmethod
    def keeps(self, user):
        """Whether ``user`` keeps the register (lists, enters, corrects). Each record kind says who."""

    def may_list(self, user):
        return self.keeps(user)

    @abstractmethod
    def may_open(self, user, obj):
        """Whether ``user`` may open ``obj`` (read only unless he keeps the register). Each record kind says who."""

    def user_has_any_permissions(self, user):
        return self.may_list(user)

    def user_can_list(self, user):
        return self.may_list(user)

    def user_can_create(self, user):
        return self.keeps(user)

    def user_can_inspect_obj(self, user, obj):
        return self.may_open(user, obj)

    def user_can_edit_obj(self, user, obj):
        return self.keeps(user)

    def user_can_delete_obj(self, user, obj):
        return False
