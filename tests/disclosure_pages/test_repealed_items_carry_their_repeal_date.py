"""表二 counts 本年废止 by the day an item was repealed (``validity_changed_on``): an item created already
repealed or expired carries a day too — the one given (an import, the demo) or else the day it is recorded."""

import datetime

import pytest
from django.utils import timezone

from disclosure_pages.models import Validity
from moderation.publishing import publish_migrated
from tests.factories import DisclosureItemPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("at_any_hour")]


def test_an_item_created_repealed_carries_the_day_it_was_recorded(portal):
    item = DisclosureItemPageFactory(parent=portal.categories["regulations"], live=False, validity=Validity.REPEALED,
                                     validity_explanation="已被新办法替代。")
    item.refresh_from_db()
    assert item.validity_changed_on == timezone.localdate()


def test_a_given_repeal_day_is_kept_through_publication(portal):
    day = datetime.date(2024, 6, 30)
    item = DisclosureItemPageFactory(parent=portal.categories["regulations"], live=False, validity=Validity.REPEALED,
                                     validity_explanation="已被新办法替代。", validity_changed_on=day)
    publish_migrated(item, source="测试数据")
    item.refresh_from_db()
    assert item.live and item.validity_changed_on == day


def test_an_item_in_force_has_no_day_until_it_is_repealed(portal):
    item = DisclosureItemPageFactory(parent=portal.categories["regulations"])
    assert item.validity_changed_on is None
    item.validity, item.validity_explanation = Validity.EXPIRED, "有效期届满。"
    publish_migrated(item, source="测试数据")
    item.refresh_from_db()
    assert item.validity_changed_on == timezone.localdate()
