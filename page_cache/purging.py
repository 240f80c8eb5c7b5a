"""Purging: the one place that turns a change of public content into a purge.

Wagtail's own signals carry every change of a page's public state, whichever path made it
(``moderation.publishing``: the leader's approval, ``take_down``, ``publish_migrated``; the
withdrawal, Wagtail's unpublish, move, delete, scheduled publishing, revert): ``page_published``,
``page_unpublished``, ``post_page_move`` and the deletion of a page. Public content that is not a
page (portal settings and any other site setting, view restrictions, sites, the sections named as
发布机构, topics, keywords, documents and images shown on pages) purges on its own save or delete.

A purge starts a new cache generation (``page_cache.store``): every cached page of every worker
goes at once — the item, its category chain, the catalogue, home, feeds, sitemap and the
interpretations that link to it among them. It runs at once and again after the transaction
commits, so a page rendered in between from the old data is not kept. When a front-end cache
(proxy or CDN) is configured in ``WAGTAILFRONTENDCACHE``, the addresses that show the page are
purged there too.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from taggit.models import Tag
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .site_identity import is_site_root, site_changed
from .store import new_generation
from .targets import addresses_showing, every_public_address

CONTENT_MODELS = (BaseSiteSetting, BaseGenericSetting, Site, PageViewRestriction, Tag)
# What saving a draft, a revision or a lock writes to a page row: nothing the public sees.
DRAFT_FIELDS = {"has_unpublished_changes", "latest_revision_created_at", "draft_title", "latest_revision",
                "locked", "locked_at", "locked_by"}


def purge(page=None):
    """Purge every cached page now and when the current transaction commits; with a front-end
    cache, the addresses showing ``page`` (or every public address when no page is given)."""
    new_generation()
    transaction.on_commit(new_generation)
    if get_backends():
        urls = addresses_showing(page) if page is not None else every_public_address()
        transaction.on_commit(lambda: PurgeBatch(urls).purge())


def _page_changed(sender, instance, **kwargs):
    if is_site_root(instance):
        _site_changed()
    purge(instance)


def _site_changed():
    site_changed()
    transaction.on_commit(site_changed)


def _content_changed(sender, instance, update_fields=None, **kwargs):
    if isinstance(instance, Page):
        # A live page saved directly (not only its draft), or deleted.
        if instance.live and not (update_fields and set(update_fields) <= DRAFT_FIELDS):
            _page_changed(sender, instance)
    elif isinstance(instance, CONTENT_MODELS + _public_models()):
        if isinstance(instance, (Site, BaseSiteSetting)):
            _site_changed()
        purge()


def _public_models():
    from disclosure_pages.models import TopicCategory
    from organisation.models import Section

    return (Section, TopicCategory, get_document_model(), get_image_model())


def connect():
    page_published.connect(_page_changed, dispatch_uid="page_cache_published")
    page_unpublished.connect(_page_changed, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(_page_changed, dispatch_uid="page_cache_moved")
    post_save.connect(_content_changed, dispatch_uid="page_cache_saved")
    post_delete.connect(_content_changed, dispatch_uid="page_cache_deleted")
