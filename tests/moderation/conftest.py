import pytest
from django.http import HttpRequest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from moderation.workflow import setup_review_workflow
from tests.factories import PASSWORD, DisclosureItemPageFactory, SectionFactory, review_team


@pytest.fixture
def chain(portal):
    """The portal with the review workflow, two sections with their teams, and a draft item of section A."""
    setup_review_workflow(portal.home)

    class Chain:
        pass

    c = Chain()
    c.portal = portal
    c.section_a = SectionFactory(name="数据资源科", code="data")
    c.section_b = SectionFactory(name="信息化建设科", code="infra")
    c.a = review_team(c.section_a, "a")
    c.b = review_team(c.section_b, "b")
    c.page = DisclosureItemPageFactory(parent=portal.categories["other"], publisher=c.section_a, live=False)
    return c


def login(client, user):
    assert client.login(request=HttpRequest(), username=user.username, password=PASSWORD)
    return client


def item_form_data(page, **overrides):
    """POST data for the item's edit form, as the admin sends it."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "document_number": page.document_number,
        "publisher": page.publisher_id,
        "creation_date": page.creation_date.isoformat(),
        "topic": "",
        "keywords": "",
        "summary": page.summary,
        "classification": page.classification,
        "validity": page.validity,
        "validity_explanation": page.validity_explanation,
        "body": streamfield([]),
        "attachments": inline_formset([]), "channels": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


@pytest.fixture
def wagtail_base(transactional_db):
    """Real-transaction tests flush the database afterwards, which also removes the rows Wagtail's
    migrations created (default locale, root page, root collection): put them back when missing."""
    from django.conf import settings
    from wagtail.models import Collection, Locale, Page

    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(title="Root", slug="root")
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")


PLAN = {
    "plan_outline": "一、制定背景；二、主要内容；三、适用范围。",
    "plan_form": "qa",
    "plan_channel": "门户网站",
    "planned_on": "2026-03-02",
}


@pytest.fixture
def interpreted(chain):
    """Section A's draft normative document with a complete plan, and section A's draft interpretation of it."""
    import datetime

    from disclosure_pages.models import DisclosureItemPage
    from tests.factories import InterpretationPageFactory

    document = DisclosureItemPage.objects.get(pk=chain.page.pk)
    document.is_normative = True
    for name, value in PLAN.items():
        setattr(document, name, datetime.date.fromisoformat(value) if name == "planned_on" else value)
    document.save()
    chain.document = document
    chain.interpretation = InterpretationPageFactory(
        parent=chain.portal.categories["other"], interpreted_document=document, live=False, title="《办法》政策解读"
    )
    return chain
