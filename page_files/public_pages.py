"""When a page counts as public: the one predicate for serving its files.

保密审查 第二、三条 (all information is reviewed before it goes public) and 第五条 (classified or
withheld information never goes public): a page is public while it is live, no view restriction
covers it or an ancestor, and — for pages that carry these fields — it has no 密级 and its
公开方式 is 主动公开.
"""

from disclosure_pages.models import DisclosureDecision


def is_public_page(page):
    """True when ``page`` (any page type) is public in the sense above."""
    if not page.live:
        return False
    if page.get_view_restrictions().exists():
        return False
    specific = page.specific_deferred
    if getattr(specific, "classification", ""):
        return False
    decision = getattr(specific, "disclosure_decision", DisclosureDecision.PROACTIVE)
    return decision == DisclosureDecision.PROACTIVE
