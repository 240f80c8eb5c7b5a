"""舆情回应制度 第四条: the 回应关切 column lists published responses, newest first, each linking to the
information it corrects, and only to public information (保密审查 第二条, 协调机制 第五条)."""

import datetime

import pytest
from wagtail.models import Page

from disclosure_pages.models import DisclosureDecision
from tests.factories import DisclosureItemPageFactory, approve_through_chain

from .factories import ResponsePageFactory

pytestmark = pytest.mark.django_db


def test_the_column_lists_live_responses_newest_first_with_public_links_only(client, opinion):
    category = opinion.portal.categories["other"]
    public_item = DisclosureItemPageFactory(parent=category, publisher=opinion.section_a, title="平台免费使用的通知")
    withheld = DisclosureItemPageFactory(parent=category, publisher=opinion.section_a, title="内部安排 hiddenkestrel",
                                         live=False)
    approve_through_chain(withheld, opinion.a, decision=DisclosureDecision.WITHHELD, grounds=["internal_information"])
    older = ResponsePageFactory(parent=opinion.column, publisher=opinion.section_a, title="较早的回应",
                                corrected_item=public_item)
    newer = ResponsePageFactory(parent=opinion.column, publisher=opinion.section_a, title="最新的回应",
                                corrected_item=withheld)
    Page.objects.filter(pk=older.pk).update(first_published_at=newer.first_published_at - datetime.timedelta(days=1))
    draft = ResponsePageFactory(parent=opinion.column, publisher=opinion.section_a, title="未发布的回应 draftkestrel",
                                live=False)

    html = client.get(opinion.column.url).content.decode()
    assert html.index("最新的回应") < html.index("较早的回应")
    assert draft.title not in html
    assert public_item.title in html and public_item.url in html
    assert "hiddenkestrel" not in html

    page = client.get(newer.url).content.decode()
    assert "本回应澄清的信息" not in page and "hiddenkestrel" not in page
    page = client.get(older.url).content.decode()
    assert "本回应澄清的信息" in page and public_item.url in page
    assert client.get(draft.url).status_code == 404
