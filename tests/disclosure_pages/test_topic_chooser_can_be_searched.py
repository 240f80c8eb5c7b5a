"""The editor's 主题分类 chooser has a search box and finds a topic by a Chinese word of its name or
its parent's (the gov.cn taxonomy has some 200 entries)."""

import pytest
from django.urls import reverse

from disclosure_pages.models import TopicCategory
from organisation.models import Role
from tests.factories import SectionFactory, member

pytestmark = pytest.mark.django_db


def test_topic_chooser_searches_by_chinese_words(portal, client):
    finance = TopicCategory.objects.create(name="财政、金融、审计")
    TopicCategory.objects.create(name="财政", parent=finance)
    science = TopicCategory.objects.create(name="科技、教育")
    TopicCategory.objects.create(name="科技", parent=science)
    client.force_login(member(Role.DRAFTER, SectionFactory(name="大数据发展科")))

    choose = client.get(reverse("wagtailsnippetchoosers_disclosure_pages_topiccategory:choose")).json()["html"]
    assert 'name="q"' in choose
    results = client.get(reverse("wagtailsnippetchoosers_disclosure_pages_topiccategory:choose_results"),
                         {"q": "审计"}).content.decode()
    assert "财政、金融、审计" in results and "科技" not in results
