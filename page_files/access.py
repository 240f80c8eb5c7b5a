"""Who may open a file that is not (or no longer) public: through the admin, never anonymously."""

from wagtail.permissions import policy_registry

from organisation.people import is_office_reviewer


def may_see_unpublished(user, file):
    """The people of the section whose library holds ``file`` (``change``/``choose`` on its
    collection), the general office staff, superusers — and the office's confidentiality
    reviewers, who review every section's items with their attachments (保密审查 第四条)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    policy = policy_registry.get_by_type(type(file))
    if policy.user_has_any_permission_for_instance(user, ["change", "choose"], file):
        return True
    return is_office_reviewer(user)
