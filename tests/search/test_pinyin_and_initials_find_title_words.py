"""Issue 14 item 7: pinyin and its initials find the words of the public titles (yusuan, ys → 预算),
on both engines, through a pinyin library (pypinyin); the page says what it searched for."""

import pytest

from search.vocabulary import Vocabulary, pinyin_of
from tests.factories import DisclosureItemPageFactory

from .conftest import titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def items(portal, committed):
    with committed():
        DisclosureItemPageFactory(parent=portal.categories["finance"], title="2024年部门预算公开", slug="budget-2024", summary="收支总表。")
        DisclosureItemPageFactory(parent=portal.categories["other"], title="政务数据共享管理办法", summary="共享目录。")


def test_full_pinyin_finds_the_word(engine, items, client):
    response = client.get("/search/", {"q": "yusuan"})
    assert titles(response.context["results"]) == ["2024年部门预算公开"]
    assert "已将拼音“yusuan”按“预算”一并检索" in response.content.decode()


def test_initials_find_the_word(engine, items, client):
    assert "2024年部门预算公开" in titles(client.get("/search/", {"q": "ys"}).context["results"])
    assert titles(client.get("/search/", {"q": "zwsj"}).context["results"]) == []  # no title word is 政务数据
    assert titles(client.get("/search/", {"q": "gongxiang"}).context["results"]) == ["政务数据共享管理办法"]


def test_pinyin_comes_from_the_library_without_tones():
    assert pinyin_of("预算") == ("yusuan", "ys")
    assert pinyin_of("重庆") == ("chongqing", "cq")  # a polyphonic character read in its word


def test_a_latin_word_of_the_titles_is_not_read_as_pinyin():
    words = Vocabulary(["关于启用ofd格式公文的通知", "开放数据目录"])
    assert words.pinyin_words("ofd") == []
    assert words.pinyin_words("kaifang") == ["开放"]
    assert words.pinyin_words("x") == []


def test_pinyin_of_a_phrase_finds_what_the_titles_write():
    """Several words typed as one (zhihuichengshi), or characters jieba leaves apart (suanli → 算力): read from
    the words' and characters' pinyin, and only a phrase some title writes is offered."""
    words = Vocabulary(["智慧城市建设方案", "算力网络建设工作要点", "权力清单"])
    assert words.pinyin_words("zhihuichengshi") == ["智慧城市"]
    assert words.pinyin_words("suanli") == ["算力"]
    assert words.pinyin_words("zhihuichuanbo") == []  # 智慧传播 is in no title


def test_pinyin_of_a_phrase_finds_its_items(engine, portal, committed, client):
    with committed():
        DisclosureItemPageFactory(parent=portal.categories["other"], title="算力网络建设工作要点", summary="要点。")
    assert titles(client.get("/search/", {"q": "suanli"}).context["results"]) == ["算力网络建设工作要点"]
