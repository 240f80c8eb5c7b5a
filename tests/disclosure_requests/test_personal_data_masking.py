"""Applicants' ID numbers and phones are masked in lists and exports (个人信息保护法)."""

import csv
import io

import pytest
from django.urls import reverse

from outgoing.identifiers import mask

from .factories import DisclosureRequestFactory, OrganisationApplicantFactory, index_url

pytestmark = pytest.mark.django_db


def test_mask_shapes():
    # One shape for every number (outgoing.identifiers): the first three and the last four shown.
    assert mask("13812341234") == "138****1234"
    assert mask("350102199001011234") == "350***********1234"
    assert mask("91350100M000100Y43") == "913***********0Y43"
    assert mask("1234567") == "*******"
    assert mask("") == ""


def test_list_shows_masked_values_only(client, staff, received, as_user):
    as_user(staff.drafter)
    html = client.get(index_url()).content.decode()
    applicant = received.applicant
    assert received.tracking_number in html
    assert mask(applicant.phone) in html and mask(applicant.id_number) in html
    assert applicant.phone not in html and applicant.id_number not in html


def test_export_is_masked(client, staff, received, as_user):
    org = DisclosureRequestFactory(applicant=OrganisationApplicantFactory(), handling_section=staff.section)
    as_user(staff.office_clerk)
    response = client.get(reverse("disclosure_requests_admin:export"))
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:5] == ["受理编号", "申请人类型", "申请人", "证件号码", "联系电话"]
    body = response.content.decode("utf-8-sig")
    for applicant in (received.applicant, org.applicant):
        assert applicant.phone not in body
        assert applicant.identity_number not in body
        assert applicant.masked_identity_number in body
    assert len(rows) == 3


def test_export_contains_only_what_the_user_may_open(client, staff, received, as_user):
    DisclosureRequestFactory(handling_section=staff.other_section)
    as_user(staff.drafter)
    rows = list(csv.reader(io.StringIO(client.get(reverse("disclosure_requests_admin:export")).content.decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == [received.tracking_number]
