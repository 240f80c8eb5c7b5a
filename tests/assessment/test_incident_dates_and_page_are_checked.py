"""协调机制 第六条: an incident's dates are facts in their order — found after it occurred, handled after it
was found, none in the future — and a page it names belongs to the section held responsible."""

import datetime

import pytest
from django.utils import timezone

from assessment.models import Incident, IncidentKind
from tests.factories import DisclosureItemPageFactory, validation_errors

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("at_any_hour")]


def incident(section, **fields):
    today = timezone.localdate()
    values = {"section": section, "kind": IncidentKind.LATE, "occurred_on": today - datetime.timedelta(days=10),
              "found_on": today - datetime.timedelta(days=8), "description": "通知逾期公开。"}
    values.update(fields)
    return Incident(**values)


def test_dates_in_order_are_accepted(people):
    today = timezone.localdate()
    incident(people.section, handling="已补充公开。", handled_on=today).full_clean()
    incident(people.section, occurred_on=today, found_on=today).full_clean()


def test_found_before_it_occurred_is_refused(people):
    today = timezone.localdate()
    errors = validation_errors(incident(people.section, found_on=today - datetime.timedelta(days=11)))
    assert errors["found_on"] == ["发现日期不能早于发生日期。"]


def test_handled_before_it_was_found_is_refused(people):
    errors = validation_errors(incident(people.section, handling="已更正。",
                                handled_on=timezone.localdate() - datetime.timedelta(days=9)))
    assert errors["handled_on"] == ["处理完成日期不能早于发现日期。"]


def test_future_dates_are_refused(people):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    errors = validation_errors(incident(people.section, found_on=tomorrow, handling="已更正。", handled_on=tomorrow))
    assert errors["found_on"] == ["发现日期不能晚于今天。"] and errors["handled_on"] == ["处理完成日期不能晚于今天。"]


def test_a_handled_incident_says_how(people):
    errors = validation_errors(incident(people.section, handled_on=timezone.localdate()))
    assert errors["handling"] == ["填写处理完成日期时，须写明处理情况。"]


def test_the_page_must_be_the_sections(people, portal):
    own = DisclosureItemPageFactory(parent=portal.categories["other"], publisher=people.section)
    other = DisclosureItemPageFactory(parent=portal.categories["other"], publisher=people.other_section)
    incident(people.section, page=own).full_clean()
    errors = validation_errors(incident(people.section, page=other))
    assert errors["page"] == ["所涉页面属于信息化建设科，与责任科室不一致；请改选责任科室或页面。"]
    # A page naming no section (a category) is the general office's.
    errors = validation_errors(incident(people.section, page=portal.categories["other"]))
    assert errors["page"] == ["所涉页面属于办公室，与责任科室不一致；请改选责任科室或页面。"]
    incident(people.office, page=portal.categories["other"]).full_clean()
