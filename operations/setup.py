"""Setting up who may do what: the role groups with their page permissions on the portal
(``organisation.roles``) and each section's file library (``page_files.libraries``)."""

from django.db import transaction

from organisation.roles import setup_roles
from page_files.libraries import setup_libraries


@transaction.atomic
def setup_access(portal_root=None):
    """Role groups, their permissions (page permissions on ``portal_root`` when given) and the
    sections' file libraries. Idempotent."""
    groups = setup_roles(portal_root=portal_root)
    setup_libraries()
    return groups
