"""Editors find pages and files in the admin by any Chinese word (issue 13, item 10).

Wagtail's own search (page search, page chooser, document library and chooser) goes through
``search.admin_backend``: the database backend with the public search's jieba words on both sides,
so 部门预算 finds 2024年部门预算公开 on SQLite and on PostgreSQL alike."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from organisation.roles import ADMIN_GROUP
from tests.factories import DisclosureItemPageFactory, SectionFactory, UserFactory, general_office
from tests.moderation.conftest import login
from tests.page_files.factories import document

TITLES = {
    "budget": "中卫市云计算和大数据发展局2024年部门预算公开",
    "procurement": "2025年度政府采购意向公开（第二季度）",
    "guide": "中卫市云计算和大数据发展局政府信息公开指南",
    "other": "关于做好政务数据共享工作的通知",
}


@pytest.fixture
def office_admin(portal):
    general_office()
    user = UserFactory(username="office_admin")
    user.groups.add(Group.objects.get(name=ADMIN_GROUP))
    return user


@pytest.fixture
def items(portal):
    section = SectionFactory(name="大数据发展科", code="bigdata")
    parent = portal.categories["other"]
    return {key: DisclosureItemPageFactory(parent=parent, publisher=section, title=title, live=key != "other")
            for key, title in TITLES.items()}


@pytest.mark.parametrize(("query", "found", "not_found"), [
    ("部门预算", "budget", "procurement"),
    ("采购", "procurement", "budget"),
    ("政府信息公开指南", "guide", "other"),
    ("数据共享", "other", "guide"),
    ("2024 预算", "budget", "guide"),
])
@pytest.mark.parametrize("url_name", ["wagtailadmin_pages:search_results", "wagtailadmin_choose_page_search"])
def test_admin_page_search_and_chooser_find_chinese_words(client, office_admin, items, url_name, query, found,
                                                          not_found):
    login(client, office_admin)
    response = client.get(reverse(url_name), {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert TITLES[found] in html
    assert TITLES[not_found] not in html


def test_document_library_and_chooser_find_chinese_words(client, office_admin):
    section = general_office()
    document(section, title="2024年部门预算公开表")
    document(section, title="政府采购合同")
    login(client, office_admin)
    for url in (reverse("wagtaildocs:index"), reverse("wagtaildocs_chooser:choose_results")):
        html = client.get(url, {"q": "部门预算"}).content.decode()
        assert "2024年部门预算公开表" in html, url
        assert "政府采购合同" not in html, url
