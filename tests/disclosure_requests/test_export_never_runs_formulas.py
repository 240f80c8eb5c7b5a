"""The requests export (CSV and XLSX): an anonymous applicant's name or the information asked for
that starts a formula stays text in a spreadsheet program."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from .factories import ApplicantFactory, DisclosureRequestFactory

pytestmark = pytest.mark.django_db

NAME = '=HYPERLINK("http://x","y")'
INFORMATION = "+1+1"


@pytest.fixture
def hostile(staff, received):
    return DisclosureRequestFactory(applicant=ApplicantFactory(name=NAME), information_name=INFORMATION,
                                    handling_section=staff.section)


def test_csv_cells_are_neutralised(client, staff, hostile, as_user):
    as_user(staff.office_clerk)
    response = client.get(reverse("disclosure_requests_admin:export"))
    rows = {row[0]: row for row in csv.reader(io.StringIO(response.content.decode("utf-8-sig")))}
    row = rows[hostile.tracking_number]
    assert row[2] == "'" + NAME and row[5] == "'" + INFORMATION


def test_xlsx_export_writes_strings_and_is_masked(client, staff, hostile, as_user):
    as_user(staff.office_clerk)
    response = client.get(reverse("disclosure_requests_admin:export_xlsx"))
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [c.value for c in sheet[1]][:3] == ["受理编号", "申请人类型", "申请人"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == hostile.tracking_number)
    assert (row[2].value, row[2].data_type) == (NAME, "s")
    assert (row[5].value, row[5].data_type) == (INFORMATION, "s")
    assert row[3].value == hostile.applicant.masked_identity_number


def test_xlsx_export_is_logged_like_the_csv(client, staff, hostile, as_user):
    from disclosure_requests.models import AccessLogEntry

    as_user(staff.office_clerk)
    client.get(reverse("disclosure_requests_admin:export_xlsx"))
    assert AccessLogEntry.objects.filter(action="export", request=hostile).exists()
