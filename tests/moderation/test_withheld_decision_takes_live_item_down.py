"""主动公开制度 第二条, 保密审查 第五条: a later round that ends in 不予公开 (or marks the item with a 密级)
takes the live item off the site at once, leaving no public trace; a new round can publish it again."""

import pytest

from disclosure_pages.models import Classification, DisclosureDecision
from tests.factories import approve_through_chain

from .flow import act, fresh, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_item(chain):
    approve_through_chain(chain.page, chain.a)
    page = fresh(chain.page)
    assert page.live
    return page


def run_round(client, chain, page, decision, **edits):
    response = submit(client, chain.a.drafter, page, **edits)
    assert response.status_code == 302
    for user in chain.a.steps[:3]:
        assert act(client, user, page).status_code == 302
    return act(client, chain.a.leader, page, decision=decision, grounds=["internal_information"],
               comment="涉及内部管理信息")


def test_withheld_decision_unpublishes_the_live_item(client, chain, live_item):
    url = live_item.url
    category_url = chain.portal.categories["other"].url
    assert client.get(url).status_code == 200

    run_round(client, chain, live_item, DisclosureDecision.WITHHELD, title="调整后的标题")

    page = fresh(live_item)
    assert not page.live
    assert page.disclosure_decision == DisclosureDecision.WITHHELD
    assert page.withdrawn_at is not None and "不予公开" in page.withdrawal_explanation
    client.logout()
    # No public trace: not 410 with an explanation, not in the withdrawn list, not in the feed.
    assert client.get(url).status_code == 404
    listing = client.get(category_url).content.decode()
    assert live_item.title not in listing and "调整后的标题" not in listing
    assert live_item.title not in client.get("/feeds/latest/").content.decode()
    assert live_item.title not in client.get("/search/?q=政务数据").content.decode()


def test_on_request_decision_unpublishes_too(client, chain, live_item):
    run_round(client, chain, live_item, DisclosureDecision.ON_REQUEST)
    assert not fresh(live_item).live
    client.logout()
    assert client.get(live_item.url).status_code == 404


def test_a_classified_revision_cannot_be_approved_for_publication(client, chain, live_item):
    response = run_round(client, chain, live_item, DisclosureDecision.PROACTIVE, classification=Classification.SECRET)
    assert response.status_code in (302, 403)
    page = fresh(live_item)
    assert page.live and page.classification == ""  # the earlier approved version is still the live one
    # The leader decides 不予公开 instead: the item leaves the site.
    response = act(client, chain.a.leader, page, decision=DisclosureDecision.WITHHELD, grounds=["state_secret"],
                   comment="经审查涉及国家秘密")
    assert response.status_code == 302
    page = fresh(live_item)
    assert not page.live
    client.logout()
    assert client.get(live_item.url).status_code == 404


def test_an_item_once_withheld_is_published_after_a_new_approving_round(client, chain):
    page = chain.page
    response = run_round(client, chain, page, DisclosureDecision.WITHHELD)
    assert response.status_code == 302
    assert fresh(page).disclosure_decision == DisclosureDecision.WITHHELD and not fresh(page).live

    run_round(client, chain, page, DisclosureDecision.PROACTIVE, summary="依法复核后决定公开。")
    page = fresh(page)
    assert page.live
    assert page.disclosure_decision == DisclosureDecision.PROACTIVE
    client.logout()
    assert client.get(page.url).status_code == 200
