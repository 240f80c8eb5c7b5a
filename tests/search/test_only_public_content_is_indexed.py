"""Only what is live, unrestricted, unclassified and proactively disclosed is ever returned —
not even its text in a snippet (保密审查 第五条; 主动公开制度)."""

import pytest
from wagtail.models import PageViewRestriction

from disclosure_pages.models import Classification, DisclosureDecision
from search.indexing import record_change
from tests.factories import DisclosureItemPageFactory

from .conftest import guide_page

pytestmark = pytest.mark.django_db

SECRET_WORD = "绝密测绘坐标"


def everything_found(find):
    results = find(SECRET_WORD)
    shown = " ".join(f"{hit.title} {hit.snippet}" for hit in results.hits)
    return results.total, shown


def test_draft_pages_are_not_found(engine, portal, committed, find):
    with committed():
        DisclosureItemPageFactory(parent=portal.categories["other"], title=f"{SECRET_WORD}草稿", live=False)
    assert everything_found(find) == (0, "")


def test_classified_and_withheld_pages_are_not_found(engine, portal, committed, find):
    cases = ((DisclosureDecision.PROACTIVE, Classification.SECRET),
             (DisclosureDecision.WITHHELD, Classification.NONE),
             (DisclosureDecision.ON_REQUEST, Classification.NONE))
    with committed():
        pages = [DisclosureItemPageFactory(parent=portal.categories["other"], title=f"{SECRET_WORD}{n}")
                 for n in range(len(cases))]
    assert everything_found(find)[0] == len(cases)
    with committed():
        for page, (decision, classification) in zip(pages, cases):
            # whatever path changed the live row (the publish guards refuse such a publish), the
            # index applies its own rule when it next hears of the page
            type(page).objects.filter(pk=page.pk).update(disclosure_decision=decision,
                                                         classification=classification)
            record_change(page.pk, reason="test")
    assert everything_found(find) == (0, "")


def test_restricted_pages_are_not_found(engine, portal, committed, find):
    with committed():
        item = DisclosureItemPageFactory(parent=portal.categories["other"], title="公开的标题",
                                         summary=f"正文含有{SECRET_WORD}")
        PageViewRestriction.objects.create(page=item, restriction_type=PageViewRestriction.LOGIN)
        guide = guide_page(portal, f"{SECRET_WORD}内部指南")
        PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.PASSWORD,
                                           password="secret")
    assert everything_found(find) == (0, "")
    assert find("公开的标题").total == 0


def test_pages_under_a_restricted_category_are_not_found(engine, portal, committed, find):
    with committed():
        DisclosureItemPageFactory(parent=portal.categories["other"], title=f"{SECRET_WORD}条目")
    assert everything_found(find)[0] == 1
    with committed():
        PageViewRestriction.objects.create(page=portal.categories["other"],
                                           restriction_type=PageViewRestriction.LOGIN)
    assert everything_found(find) == (0, "")
