"""条例 第四十四条: an answered request can become a draft catalogue item that enters the review chain."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from disclosure_pages.models import DisclosureItemPage
from disclosure_requests import services

from .factories import action_url, release

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def answered(staff, received, on_day):
    on_day(D(2026, 11, 10))
    return release(received, staff, answer_kind="disclose", outcome="disclosed", answer_content="见附件")


def test_creates_a_draft_item_under_other(client, staff, answered, portal, as_user):
    as_user(staff.drafter)
    response = client.post(action_url(answered, "convert_to_proactive"), {"title": "2025年政务数据共享目录"})
    assert response.status_code == 302
    answered.refresh_from_db()
    page = DisclosureItemPage.objects.get(pk=answered.proactive_page_id)
    assert not page.live and page.has_unpublished_changes
    assert page.get_parent().specific == portal.categories["other"]
    assert page.publisher == staff.section
    assert page.latest_revision is not None and page.latest_revision.user == staff.drafter
    assert answered.events.get(kind="converted").data["page"] == page.pk


def test_chosen_category(staff, answered, portal):
    page = services.convert_to_proactive(answered, staff.drafter, "目录", parent=portal.categories["planning"])
    assert page.get_parent().specific == portal.categories["planning"]


def test_refused_for_refusals_and_twice(staff, received, answered, on_day):
    services.convert_to_proactive(answered, staff.drafter, "目录")
    with pytest.raises(ValidationError, match="已经转为"):
        services.convert_to_proactive(answered, staff.drafter, "目录")


def test_refused_when_nothing_was_disclosed(staff, portal, on_day):
    from .factories import DisclosureRequestFactory

    on_day(D(2026, 11, 10))
    r = DisclosureRequestFactory(received_on=D(2026, 11, 2), handling_section=staff.section)
    services.answer(r, staff.drafter, answer_kind="not_exist", outcome="unavailable_not_held",
                    answer_basis="条例第三十六条", answer_reasons="经检索不存在")
    with pytest.raises(ValidationError, match="只有予以公开或部分公开"):
        services.convert_to_proactive(r, staff.drafter, "目录")
    assert not DisclosureItemPage.objects.exists()
