"""Issue 14 item 6: the office keeps synonyms and abbreviations in the admin (设置 → 检索同义词); a
group added there counts from the next search on, on both engines, without reindexing; only the
disclosure administrators may edit the list (tests/moderation/test_admin_hides_other_sections_work.py); a bad group gets a Chinese message and saves nothing."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from organisation.roles import ADMIN_GROUP
from search.models import Synonym
from tests.factories import DisclosureItemPageFactory, UserFactory

from .conftest import titles

pytestmark = pytest.mark.django_db

ADD_URL = reverse("wagtailsnippets_catalogue_search_synonym:add")


@pytest.fixture
def office_admin(portal):
    user = UserFactory(username="office_admin")
    user.groups.add(Group.objects.get(name=ADMIN_GROUP))
    return user


@pytest.fixture
def items(portal, committed):
    with committed():
        DisclosureItemPageFactory(parent=portal.categories["other"], title="中卫市云计算和大数据发展局2024年度报告",
                                  summary="全年工作情况。")
        DisclosureItemPageFactory(parent=portal.categories["other"], title="数据中心等级保护测评结果公示",
                                  summary="测评结论。")
        DisclosureItemPageFactory(parent=portal.categories["other"], title="2023年年报补充说明", summary="说明。")


def add_in_admin(client, user, words):
    client.force_login(user)
    response = client.post(ADD_URL, {"words": words, "note": ""})
    client.logout()
    return response


def test_a_synonym_added_in_the_admin_works_at_once(engine, items, client, office_admin):
    assert titles(client.get("/search/", {"q": "年报"}).context["results"]) == ["2023年年报补充说明"]

    assert add_in_admin(client, office_admin, "年报，年度报告").status_code == 302
    assert add_in_admin(client, office_admin, "等保、等级保护").status_code == 302

    response = client.get("/search/", {"q": "年报"})
    assert set(titles(response.context["results"])) == {"2023年年报补充说明", "中卫市云计算和大数据发展局2024年度报告"}
    assert "已同时检索“年报”的同义词：年度报告" in response.content.decode()
    # Both ways, and for a word the cut splits (年度报告 → 年度 报告).
    assert set(titles(client.get("/search/", {"q": "年度报告"}).context["results"])) == {
        "2023年年报补充说明", "中卫市云计算和大数据发展局2024年度报告"}
    assert titles(client.get("/search/", {"q": "等保"}).context["results"]) == ["数据中心等级保护测评结果公示"]

    Synonym.objects.filter(words__contains="等保").delete()  # a removal counts at once too


def test_a_group_needs_two_words_and_says_so_in_chinese(client, office_admin):
    response = add_in_admin(client, office_admin, "年报")
    assert response.status_code == 200
    assert "请至少填写两个意思相同的词" in response.content.decode()
    assert not Synonym.objects.exists()
    response = add_in_admin(client, office_admin, "年报，" + "很" * 31)
    assert "每个词不超过 30 个字" in response.content.decode()


def test_the_list_is_written_in_one_spelling(client, office_admin):
    add_in_admin(client, office_admin, " 权责清单 ;权力清单和责任清单, 权责清单 ")
    assert Synonym.objects.get().words == "权责清单，权力清单和责任清单"
