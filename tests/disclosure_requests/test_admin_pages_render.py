"""Every admin page of a request renders for the people who use it: list, handling page with its
records, each action form offered in each state, registration and statistics."""

import datetime

import pytest
from django.urls import reverse

from disclosure_requests import services
from disclosure_requests.models import ConsultationReply

from .factories import DisclosureRequestFactory, action_url, index_url, inspect_url, release

pytestmark = pytest.mark.django_db
D = datetime.date


def test_each_offered_action_form_renders_in_each_state(client, staff, as_user, on_day):
    on_day(D(2026, 11, 5))
    submitted = DisclosureRequestFactory()
    received = DisclosureRequestFactory(received_on=D(2026, 11, 2), handling_section=staff.section)
    amending = DisclosureRequestFactory(received_on=D(2026, 11, 2), handling_section=staff.section)
    services.request_amendment(amending, staff.drafter, "x", D(2026, 11, 20))
    consulting = DisclosureRequestFactory(received_on=D(2026, 11, 2), handling_section=staff.section)
    c = services.start_consultation(consulting, staff.drafter, "某公司", "x")
    services.record_consultation_reply(c, staff.drafter, ConsultationReply.DISAGREE, reply_text="商业秘密")
    services.start_consultation(consulting, staff.drafter, "另一公司", "y")
    paying = DisclosureRequestFactory(received_on=D(2026, 11, 2), handling_section=staff.section)
    services.issue_fee_notice(paying, staff.drafter, "per_page", pages=50)
    reviewing = DisclosureRequestFactory(received_on=D(2026, 11, 2), handling_section=staff.section)
    services.answer(reviewing, staff.drafter, answer_kind="disclose", outcome="disclosed", answer_content="x")
    answered = release(DisclosureRequestFactory(received_on=D(2026, 11, 2), handling_section=staff.section), staff,
                       answer_kind="disclose", outcome="disclosed", answer_content="x")
    as_user(staff.office_head)
    seen = set()
    for r in (submitted, received, amending, consulting, paying, reviewing, answered):
        r.refresh_from_db()
        page = client.get(inspect_url(r))
        assert page.status_code == 200
        for operation in services.allowed_operations(r):
            assert action_url(r, operation) in page.content.decode()
            response = client.get(action_url(r, operation))
            assert response.status_code == 200, operation
            assert services.OPERATION_LABELS[operation] in response.content.decode()
            seen.add(operation)
    assert seen == set(services.ALLOWED_FROM)


def test_handling_page_shows_the_records(client, staff, received, as_user, on_day):
    on_day(D(2026, 11, 5))
    services.start_consultation(received, staff.drafter, "某科技公司", "接口说明")
    as_user(staff.drafter)
    html = client.get(inspect_url(received)).content.decode()
    for text in ("某科技公司", "征求意见书", "征求意见告知书", "发出征求意见书", "data_drafter", "暂停计时"):
        assert text in html


def test_list_registration_and_statistics_pages(client, staff, received, as_user):
    as_user(staff.office_clerk)
    for url in (index_url(), reverse("disclosure_requests_admin:register"),
                reverse("disclosure_requests_admin:statistics"), reverse("wagtailadmin_home")):
        assert client.get(url).status_code == 200, url
