"""The reviewer's day: the dashboard lists the steps waiting for this person, oldest first,
with each item's 20-working-day deadline (主动公开 第四条)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import TaskState

from tests.factories import DisclosureItemPageFactory

from .conftest import login
from .flow import act, submit


def panel(client):
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    start = html.index('id="moderation-waiting-heading"')
    return html[start:html.index("</section>", start)]


def _submitted(client, chain, n, creation_date):
    pages = []
    for i in range(n):
        page = DisclosureItemPageFactory(parent=chain.portal.categories["other"], publisher=chain.section_a,
                                         live=False, title=f"待审条目{i}", slug=f"pending-{n}-{i}-{TaskState.objects.count()}",
                                         creation_date=creation_date)
        submit(client, chain.a.drafter, page)
        pages.append(page)
    return pages


@pytest.mark.django_db
@pytest.mark.usefixtures("at_any_hour")
def test_panel_lists_oldest_first_with_deadline(client, chain):
    first, second = _submitted(client, chain, 2, datetime.date(2024, 9, 27))
    # make "second" the older submission
    TaskState.objects.filter(workflow_state__object_id=str(second.pk)).update(
        started_at=datetime.datetime(2024, 9, 27, 9, tzinfo=datetime.UTC))
    html = panel(login(client, chain.a.drafter))
    assert "待我审查（2）" in html
    assert html.index("待审条目1") < html.index("待审条目0")
    # 2024-09-27 + 20 working days, across the National Day holiday
    assert second.publication_deadline.strftime("%Y-%m-%d") in html
    # Nobody else's work: the head of section B sees nothing
    html_b = panel(login(client, chain.b.head))
    assert "待我审查（0）" in html_b


@pytest.mark.django_db
def test_step_leaves_the_panel_once_acted_on(client, chain):
    (page,) = _submitted(client, chain, 1, datetime.date(2024, 3, 1))
    act(client, chain.a.drafter, page)
    assert "待我审查（0）" in login(client, chain.a.drafter).get(reverse("wagtailadmin_home")).content.decode()
    assert "待我审查（1）" in login(client, chain.a.head).get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.django_db
def test_panel_query_count_does_not_grow_with_items(client, chain):
    from django.contrib.auth import get_user_model

    from moderation.panels import WaitingForYouPanel

    def render():
        user = get_user_model().objects.get(pk=chain.a.drafter.pk)
        with CaptureQueriesContext(connection) as queries:
            html = WaitingForYouPanel(user).render_html({})
        return html, len(queries.captured_queries)

    _submitted(client, chain, 2, datetime.date(2024, 3, 1))
    html, few = render()
    assert "待我审查（2）" in html
    _submitted(client, chain, 6, datetime.date(2024, 3, 1))
    html, many = render()
    assert "待我审查（8）" in html
    assert many == few
