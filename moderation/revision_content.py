"""What counts as an edit (保密审查 第六条: approvals count for the content they were given on).

Wagtail makes a new revision for every save — an autosave of unchanged content, 保存草稿 without a
change, a re-save that only renumbers inline rows. Such a revision is no edit: its content is the
one reviewed. Two revisions are the same content when their serialised pages are equal, leaving
out Wagtail's bookkeeping (tree position, publication and lock state, revision pointers, row ids of
inline children) and the reviewers' comments, which annotate the page but are not part of it.
"""

import json

from wagtail.models import Revision

BOOKKEEPING_KEYS = frozenset(
    {
        # identity and place in the tree
        "pk", "content_type", "path", "depth", "numchild", "url_path", "translation_key",
        "locale", "alias_of", "owner",
        # publication, revision and lock state
        "live", "has_unpublished_changes", "first_published_at", "last_published_at", "live_revision",
        "latest_revision", "latest_revision_created_at", "draft_title", "expired",
        "locked", "locked_at", "locked_by",
        # comments are annotations on the page, not its content
        "wagtail_admin_comments",
    }
)
CHILD_BOOKKEEPING_KEYS = frozenset({"pk"})


def _child(item):
    if isinstance(item, dict):
        return {key: value for key, value in item.items() if key not in CHILD_BOOKKEEPING_KEYS}
    return item


def reviewed_content(content):
    """The part of a revision's ``content`` that a review approves, in a comparable form."""
    kept = {}
    for key, value in content.items():
        if key in BOOKKEEPING_KEYS:
            continue
        if isinstance(value, list):  # inline children (attachments, tags): order-free, without row ids
            value = sorted(json.dumps(_child(item), sort_keys=True, default=str) for item in value)
        kept[key] = value
    return kept


def revisions_with_same_content(revision_id, candidate_ids):
    """The ids among ``candidate_ids`` whose content is the same as revision ``revision_id``'s."""
    candidate_ids = set(candidate_ids)
    contents = dict(Revision.objects.filter(pk__in=candidate_ids | {revision_id}).values_list("pk", "content"))
    if revision_id not in contents:
        return set()
    reference = reviewed_content(contents[revision_id])
    return {pk for pk in candidate_ids if pk in contents and reviewed_content(contents[pk]) == reference}
