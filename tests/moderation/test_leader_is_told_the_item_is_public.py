"""协调机制 第五条: only the leader's approval publishes, and the leader is told so: the message says
the item is now public and links to its public page; an item decided 不予公开 is said to stay off the site."""

import pytest
from django.contrib.messages import get_messages

from disclosure_pages.models import DisclosureDecision

from .flow import act, fresh, run_chain


def told(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.mark.django_db
def test_leader_approval_says_public_and_links_to_it(client, chain):
    page = chain.page
    run_chain(client, chain, steps=3)
    response = act(client, chain.a.leader, page)
    page = fresh(page)
    assert page.live
    message = next(m for m in told(response) if "审批同意" in m)
    assert "现已公开" in message and f'href="{page.get_url()}"' in message and "查看线上页面" in message


@pytest.mark.django_db
def test_withheld_decision_says_not_public(client, chain):
    page = chain.page
    run_chain(client, chain, steps=3)
    response = act(client, chain.a.leader, page, decision=DisclosureDecision.WITHHELD, grounds=["personal_privacy"])
    assert not fresh(page).live
    assert any("不予公开，不在网站公开" in m and "现已公开" not in m for m in told(response))
