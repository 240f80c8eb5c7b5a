"""Issue 14 item 7: a query with a likely typo (a word no public title uses, while one that sounds the
same or differs in one character does) is offered 您是不是要找 with a link to the corrected search."""

import pytest

from tests.factories import DisclosureItemPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def items(portal, committed):
    with committed():
        DisclosureItemPageFactory(parent=portal.categories["other"], title="政务数据迁移工作方案", summary="迁移步骤。")
        DisclosureItemPageFactory(parent=portal.categories["other"], title="政府信息公开指南", summary="公开方式。")
        # Not public: its words are never offered.
        DisclosureItemPageFactory(parent=portal.categories["other"], title="内部测绘成果清单", live=False)


def did_you_mean(client, query):
    response = client.get("/search/", {"q": query})
    return response.context["correction"], response.content.decode()


def test_a_word_one_character_off_is_corrected(engine, items, client):
    correction, html = did_you_mean(client, "数据迁徙")
    assert correction == "数据迁移"
    assert '您是不是要找：<a href="?q=%E6%95%B0%E6%8D%AE%E8%BF%81%E7%A7%BB">数据迁移</a>' in html


def test_a_homophone_from_the_input_method_is_corrected(engine, items, client):
    correction, html = did_you_mean(client, "公开指难")
    assert correction == "公开指南"
    assert "没有找到与“公开指难”相符的公开信息" in html and "改为检索" in html


def test_known_words_and_non_public_titles_offer_nothing(engine, items, client):
    assert did_you_mean(client, "数据迁移")[0] is None
    assert did_you_mean(client, "测汇")[0] is None  # 测绘 is only in a page that is not public


def test_what_a_title_writes_is_no_typo():
    """算力 is not a jieba word, but 算力网络 is in the titles: not corrected to 权力 (one character off)."""
    from search.expansion import correction
    from search.vocabulary import Vocabulary

    titles = Vocabulary(["算力网络建设工作要点", "权力清单和责任清单", "政府采购公告"])
    assert correction("算力网络 工作要点", titles) is None
    assert correction("政府采构", titles) == "政府采购"
