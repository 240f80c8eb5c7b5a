"""主动公开制度 第二条: when a later round decides 不予公开, the item leaves both search engines at once."""

import pytest

from moderation.workflow import setup_review_workflow
from tests.factories import DisclosureItemPageFactory, SectionFactory, approve_through_chain, review_team

from .conftest import titles

pytestmark = pytest.mark.django_db


def test_withheld_decision_removes_the_live_item_from_search(engine, portal, committed, find):
    setup_review_workflow(portal.home)
    section = SectionFactory(name="数据资源科", code="data")
    team = review_team(section, "a")
    with committed():
        item = DisclosureItemPageFactory(
            parent=portal.categories["finance"], publisher=section, title="政府采购意向公开", live=False
        )
        approve_through_chain(item, team)
    assert titles(find("采购")) == ["政府采购意向公开"]

    with committed():
        approve_through_chain(item, team, decision="withheld", grounds=["internal_information"], comment="内部信息")
    item.refresh_from_db()
    assert not item.live
    assert find("采购").total == 0
