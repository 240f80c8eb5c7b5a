"""政策解读制度: an interpretation is published with its document, and links to it; but the public
page names the document only when the public may read it (live, no view restriction, unclassified,
proactive: what ``catalogue_entries()`` shows), and a document lists only public interpretations."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import DisclosureItemPageFactory, InterpretationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair(portal):
    category = portal.categories["regulations"]
    document = DisclosureItemPageFactory(parent=category, title="关于加强政务数据安全管理的办法", is_normative=True)
    interpretation = InterpretationPageFactory(parent=category, title="《政务数据安全管理办法》解读",
                                               interpreted_document=document)
    return document, interpretation


def test_public_document_and_interpretation_link_each_other(client, pair):
    document, interpretation = pair
    assert document.title in client.get(interpretation.url).content.decode()
    assert interpretation.title in client.get(document.url).content.decode()


def test_login_restricted_document_is_not_named(client, pair):
    document, interpretation = pair
    PageViewRestriction.objects.create(page=document, restriction_type=PageViewRestriction.LOGIN)
    html = client.get(interpretation.url).content.decode()
    assert "解读形式" in html
    assert document.title not in html and document.url not in html


def test_document_withdrawn_since_is_not_named(client, portal):
    category = portal.categories["regulations"]
    document = DisclosureItemPageFactory(parent=category, title="已撤销的办法", is_normative=True)
    interpretation = InterpretationPageFactory(parent=category, interpreted_document=document)
    document.withdraw("内容已由新办法取代。")
    html = client.get(interpretation.url).content.decode()
    assert "解读形式" in html and document.title not in html


def test_login_restricted_interpretation_is_not_listed_on_the_document(client, pair):
    document, interpretation = pair
    PageViewRestriction.objects.create(page=interpretation, restriction_type=PageViewRestriction.LOGIN)
    html = client.get(document.url).content.decode()
    assert interpretation.title not in html and "相关解读" not in html
