"""Issue 14 item 8: advanced search's 主题分类. Choosing a topic finds only that topic's items; a
parent topic also finds its children's; a bad value is named in a notice and ignored; the condition
stays in the URL (the form's <select>, the 已选条件 chip and its remove link)."""

from urllib.parse import parse_qsl, urlsplit

import pytest
from bs4 import BeautifulSoup

from disclosure_pages.models import DisclosureItemPage, TopicCategory, catalogue_entries
from search.documents import prepare_many
from search.indexing import new_version, rebuild, reconcile, sync_pages, write_engines
from tests.factories import DisclosureItemPageFactory

from .conftest import titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics():
    parent = TopicCategory.objects.create(name="测试财政审计", sort_order=900)
    return {
        "parent": parent,
        "budget": TopicCategory.objects.create(name="测试财政", parent=parent),
        "audit": TopicCategory.objects.create(name="测试审计", parent=parent),
        "other": TopicCategory.objects.create(name="测试教育", sort_order=901),
    }


@pytest.fixture
def catalogue(portal, committed, topics):
    finance = portal.categories["finance"]
    with committed():
        for n, (title, topic) in enumerate([
            ("2024年部门预算公开", topics["budget"]),
            ("2024年预算执行审计报告", topics["audit"]),
            ("2024年教育经费预算", topics["other"]),
            ("2024年财政审计总体安排", topics["parent"]),
            ("2024年未分类预算说明", None),
        ]):
            page = DisclosureItemPageFactory(parent=finance, title=title, topic=topic, slug=f"topic-{n}")
            sync_pages([page.pk], version=new_version("test"))
    return topics


def test_a_topic_finds_only_its_own_items(engine, catalogue, find):
    assert titles(find("预算", topic=str(catalogue["budget"].pk))) == ["2024年部门预算公开"]
    assert titles(find("", topic=str(catalogue["other"].pk))) == ["2024年教育经费预算"]


def test_a_parent_topic_finds_its_childrens_items(engine, catalogue, find):
    found = find("", topic=str(catalogue["parent"].pk))
    assert sorted(titles(found)) == sorted(["2024年部门预算公开", "2024年预算执行审计报告", "2024年财政审计总体安排"])
    assert found.total == 3


def test_a_bad_topic_is_ignored_with_a_chinese_note(engine, catalogue, client):
    for bad in ("²", "abc", "99999999999", "0"):
        response = client.get("/search/", {"q": "预算", "topic": bad})
        assert response.status_code == 200
        assert f"已忽略无效的筛选条件：主题分类“{bad}”。" in response.context["notices"]
        assert response.context["results"].total == 4  # searched without it
        assert "topic" not in response.context["next_url"] + response.context["sort_urls"]["date"]


def test_the_topic_round_trips_through_the_url(engine, catalogue, client):
    topic = str(catalogue["parent"].pk)
    response = client.get("/search/", {"q": "预算", "topic": topic, "sort": "date"})
    assert sorted(titles(response.context["results"])) == ["2024年部门预算公开", "2024年预算执行审计报告"]
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    select = soup.find("form", class_="search-form").find("select", attrs={"name": "topic"})
    assert select.find("option", selected=True)["value"] == topic
    group = select.find("optgroup", label="测试财政审计")
    assert [option.text for option in group.find_all("option")] == ["测试财政审计（全部）", "测试财政", "测试审计"]
    assert "<details class=\"advanced-search\" open>" in html

    chip = next(chip for chip in response.context["selected_filters"] if chip["heading"] == "主题分类")
    assert chip["label"] == "测试财政审计"
    removed = dict(parse_qsl(urlsplit(chip["url"]).query))
    assert removed == {"q": "预算", "sort": "date"}
    sorted_by_relevance = dict(parse_qsl(urlsplit(response.context["sort_urls"]["relevance"]).query))
    assert sorted_by_relevance == {"q": "预算", "topic": topic}

    child = client.get("/search/", {"q": "预算", "topic": str(catalogue["audit"].pk)})
    chip = next(chip for chip in child.context["selected_filters"] if chip["heading"] == "主题分类")
    assert chip["label"] == "测试财政审计／测试审计"


def test_an_index_built_without_topics_finds_them_after_a_rebuild(engine, catalogue, find):
    # The documents as an index written before topics were indexed holds them.
    documents = [doc | {"topic": "", "topics": []} for doc in prepare_many(catalogue_entries())]
    version = new_version("test")
    for each in write_engines():
        each.index(documents, version)
    assert find("", topic=str(catalogue["parent"].pk)).total == 0
    rebuild()
    assert find("", topic=str(catalogue["parent"].pk)).total == 3


def test_reconcile_picks_up_a_topic_moved_under_another_parent(engine, catalogue, find):
    audit, other = catalogue["audit"], catalogue["other"]
    TopicCategory.objects.filter(pk=audit.pk).update(parent=other)  # no page is published
    assert "2024年预算执行审计报告" not in titles(find("", topic=str(other.pk)))
    moved = DisclosureItemPage.objects.get(title="2024年预算执行审计报告").pk
    assert [drift.stale for drift in reconcile()] == [[moved]] * len(write_engines())
    assert "2024年预算执行审计报告" in titles(find("", topic=str(other.pk)))
    assert "2024年预算执行审计报告" not in titles(find("", topic=str(catalogue["parent"].pk)))
