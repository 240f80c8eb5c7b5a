"""协调机制 第五条: after an item is withdrawn, its public 410 page and the 已撤销信息 lists show what was
last approved (its last live revision), never a drafter's later, unreviewed edits."""

import pytest
from django.urls import reverse

from tests.factories import UserFactory, approve_through_chain

from .conftest import item_form_data, login
from .flow import fresh

pytestmark = pytest.mark.django_db


def test_unreviewed_edits_of_a_withdrawn_item_stay_private(client, chain):
    approve_through_chain(chain.page, chain.a)
    item = fresh(chain.page)
    approved_title, url = item.title, item.url
    admin = UserFactory(username="root", is_superuser=True)
    client.force_login(admin)
    response = client.post(reverse("disclosure_withdraw", args=[item.pk]), {"explanation": "该通知已被新文件替代。"})
    assert response.status_code == 302

    # The drafter edits the withdrawn item and saves a draft (not submitted).
    login(client, chain.a.drafter)
    data = item_form_data(fresh(item), title="未经审查的新标题", summary="未经审查的摘要")
    response = client.post(reverse("wagtailadmin_pages:edit", args=[item.pk]), data)
    assert response.status_code == 302
    assert fresh(item).title == "未经审查的新标题"  # the draft is the page's working copy

    client.logout()
    response = client.get(url)
    assert response.status_code == 410
    html = response.content.decode()
    assert approved_title in html and "该通知已被新文件替代。" in html
    assert "未经审查" not in html
    for listing in (chain.portal.categories["other"].url, chain.portal.catalogue.url):
        html = client.get(listing).content.decode()
        assert approved_title in html and "未经审查" not in html
