"""The screens of the records (review and litigation cases, incidents) speak Chinese to the office, as every
admin screen does (issue 13, item 11)."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from assessment.models import Incident
from disclosure_requests.models import LegalChallenge
from tests.disclosure_requests.factories import DisclosureRequestFactory
from tests.moderation.test_admin_speaks_chinese import english_in

pytestmark = pytest.mark.django_db


def test_record_screens_show_no_english(client, people):
    day = timezone.localdate() - datetime.timedelta(days=20)
    request = DisclosureRequestFactory(received_on=day, handling_section=people.section)
    challenge = LegalChallenge.objects.create(request=request, kind="review", filed_on=day, case_number="卫政复〔2026〕1号")
    incident = Incident.objects.create(section=people.section, kind="late", occurred_on=day, found_on=day,
                                       description="逾期公开。")
    client.force_login(people.clerk)
    challenges, incidents = "disclosure_requests_legalchallenge_modeladmin_", "assessment_incident_modeladmin_"
    for url in [reverse(challenges + "index"), reverse(challenges + "create"),
                reverse(challenges + "edit", args=[challenge.pk]), reverse(challenges + "inspect", args=[challenge.pk]),
                reverse("disclosure_requests_disclosurerequest_modeladmin_inspect", args=[request.pk]),
                reverse(incidents + "index"), reverse(incidents + "create"),
                reverse(incidents + "edit", args=[incident.pk]), reverse(incidents + "inspect", args=[incident.pk])]:
        response = client.get(url)
        assert response.status_code == 200, url
        # a 受理编号 (YSQ…, the request's and the form's example) is a number, not English
        assert english_in(re.sub(r"YSQ\d{8}-[A-Z0-9]+", "", response.content.decode())) == [], url
