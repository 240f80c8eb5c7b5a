"""Publishing that does not go through the review chain.

``publish_migrated`` is the single documented exception to 协调机制 第五条 (未经批准不得发布):
items already public on the bureau's previous site (``manage.py import_documents --published``,
the demo loader, test factories). Every use leaves a ``MigratedPublication`` row, and the
publish guard (``moderation.guards``) lets exactly that page revision through. A classified
page is refused even here (保密审查 第五条（一）).
"""

from django.db import transaction

from .models import MigratedPublication


class MigratedPublicationRefused(Exception):
    pass


def publish_migrated(page, *, source, user=None):
    """Publish ``page`` as migrated from a previous site; returns the ``MigratedPublication``."""
    if not source or not str(source).strip():
        raise ValueError("迁移发布必须说明来源。")
    page = page.specific
    if getattr(page, "classification", ""):
        # 保密审查 第五条（一）: a marked item is never published, migrated or not.
        raise MigratedPublicationRefused(f"「{page.title}」标有密级，不得公开。")
    with transaction.atomic():
        revision = page.save_revision(user=user, clean=False)
        record = MigratedPublication.objects.create(
            page=page, revision=revision, source=str(source).strip(), run_by=user
        )
        revision.publish(user=user, skip_permission_checks=True)
    page.refresh_from_db()
    return record
