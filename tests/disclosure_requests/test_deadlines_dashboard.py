"""Dashboard: due-soon and overdue requests per section, computed from the calendar on each view."""

import datetime

import pytest
from django.urls import reverse

from .factories import DisclosureRequestFactory

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def requests(staff, on_day):
    on_day(D(2026, 11, 25))
    return {
        "overdue": DisclosureRequestFactory(received_on=D(2026, 10, 26), handling_section=staff.section,
                                            information_name="逾期的申请"),
        "due_soon": DisclosureRequestFactory(received_on=D(2026, 10, 30), handling_section=staff.section,
                                             information_name="即将到期的申请"),
        "fresh": DisclosureRequestFactory(received_on=D(2026, 11, 24), handling_section=staff.section,
                                          information_name="新收的申请"),
        "other": DisclosureRequestFactory(received_on=D(2026, 10, 26), handling_section=staff.other_section,
                                          information_name="其他科室逾期申请"),
    }


def test_panel_lists_overdue_and_due_soon_of_the_users_sections(client, staff, requests, as_user):
    as_user(staff.drafter)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "依申请公开：临近到期和已超期的申请" in html
    assert "逾期的申请" in html and "已超期" in html
    assert "即将到期的申请" in html
    assert "新收的申请" not in html
    assert "其他科室逾期申请" not in html


def test_general_office_sees_every_section(client, staff, requests, as_user):
    as_user(staff.office_clerk)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "数据资源科" in html and "规划建设科" in html and "其他科室逾期申请" in html


def test_panel_queries_do_not_grow_with_requests(client, staff, requests, as_user, django_assert_max_num_queries):
    from disclosure_requests.wagtail_hooks import DeadlinesPanel

    as_user(staff.office_clerk)
    request = client.get(reverse("wagtailadmin_home")).wsgi_request
    with django_assert_max_num_queries(12) as few:
        DeadlinesPanel(request).get_context_data({})
    for _ in range(10):
        DisclosureRequestFactory(received_on=D(2026, 10, 26), handling_section=staff.section)
    with django_assert_max_num_queries(len(few.captured_queries)):
        DeadlinesPanel(request).get_context_data({})
