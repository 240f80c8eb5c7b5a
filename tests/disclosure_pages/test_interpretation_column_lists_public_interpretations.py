"""政策解读制度: the public 政策解读 column lists every public interpretation, filterable by form and year
(validated GET parameters); catalogue listings mark the documents that have one, with no query per row."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Site

from disclosure_pages.models import DisclosureItemPage, PortalSettings
from tests.factories import DisclosureItemPageFactory, InterpretationPageFactory

pytestmark = pytest.mark.django_db

COLUMN = reverse("disclosure_pages:interpretations")


@pytest.fixture
def interpretations(portal):
    category = portal.categories["regulations"]

    def make(title, form, year, **kwargs):
        page = InterpretationPageFactory(parent=category, title=title, interpretation_form=form, **kwargs)
        DisclosureItemPage.objects.filter(pk=page.pk).update(publication_date=datetime.date(year, 5, 8))
        return page

    return [
        make("《数据共享办法》图文解读", "written", 2025),
        make("《数据安全办法》专家解读", "expert", 2024, interpretation_content=[
            ("expert", {"name": "张华", "title": "教授", "opinion": "解读内容。"})]),
        make("《云计算发展规划》撰稿解读", "written", 2024),
        make("尚在审查中的解读", "written", 2025, live=False),
    ]


def test_column_lists_every_public_interpretation_with_its_document(client, interpretations):
    html = client.get(COLUMN).content.decode()
    for page in interpretations[:3]:
        assert page.title in html and page.interpreted_document.title in html
    assert interpretations[3].title not in html


def test_column_filters_by_form_and_year(client, interpretations):
    html = client.get(COLUMN, {"form": "written", "year": "2024"}).content.decode()
    assert "《云计算发展规划》撰稿解读" in html
    assert "《数据共享办法》图文解读" not in html and "《数据安全办法》专家解读" not in html
    html = client.get(COLUMN, {"form": "expert"}).content.decode()
    assert "《数据安全办法》专家解读" in html and "《云计算发展规划》撰稿解读" not in html


@pytest.mark.parametrize("params, message", [
    ({"form": "<script>"}, "没有这种解读形式"),
    ({"year": "1900"}, "该年份没有发布政策解读"),
    ({"year": "二〇二四"}, "该年份没有发布政策解读"),
])
def test_invalid_filters_get_a_clear_answer(client, interpretations, params, message):
    response = client.get(COLUMN, params)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html and "<script>" not in html
    assert "《数据共享办法》图文解读" in html  # the list stays, unfiltered


def test_catalogue_marks_documents_with_an_interpretation_without_a_query_per_row(client, portal):
    category = portal.categories["regulations"]
    PortalSettings.for_site(Site.objects.get(is_default_site=True))  # made on first use: a change
    InterpretationPageFactory(parent=category)
    client.get(category.url)  # the worker holds the site and its settings
    DisclosureItemPageFactory(parent=category, title="无须解读的通知")  # and the cached listing is purged
    with CaptureQueriesContext(connection) as few:
        html = client.get(category.url).content.decode()
    assert html.count("有解读") == 1
    for _ in range(4):
        InterpretationPageFactory(parent=category)
    with CaptureQueriesContext(connection) as many:
        html = client.get(category.url).content.decode()
    assert html.count("有解读") == 5
    assert len(many) == len(few)
