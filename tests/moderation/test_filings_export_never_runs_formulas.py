"""不予公开备案 export: a title or comment that starts a formula is text in the CSV and the XLSX."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from disclosure_pages.models import DisclosureDecision
from moderation.models import WithholdingGround
from tests.factories import approve_through_chain

from .conftest import login

TITLE = '=HYPERLINK("http://x","y")'
COMMENT = "@SUM(A1)"


@pytest.fixture
def filed(chain):
    chain.page.title = TITLE
    chain.page.save()
    approve_through_chain(chain.page, team=chain.a, decision=DisclosureDecision.WITHHELD,
                          grounds=[WithholdingGround.PERSONAL_PRIVACY], comment=COMMENT)
    return chain


@pytest.mark.django_db
def test_csv_cells_are_neutralised(client, filed):
    response = login(client, filed.a.reviewer).get(reverse("moderation:filings_csv"))
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][1] == "'" + TITLE
    assert rows[1][6] == "'" + COMMENT


@pytest.mark.django_db
def test_xlsx_export_writes_strings(client, filed):
    response = login(client, filed.a.reviewer).get(reverse("moderation:filings_xlsx"))
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [c.value for c in sheet[1]][:2] == ["索引号", "信息名称"]
    title, comment = sheet.cell(row=2, column=2), sheet.cell(row=2, column=7)
    assert (title.value, title.data_type) == (TITLE, "s")
    assert (comment.value, comment.data_type) == (COMMENT, "s")


@pytest.mark.django_db
def test_xlsx_export_is_refused_to_others(client, filed):
    response = login(client, filed.a.drafter).get(reverse("moderation:filings_xlsx"), HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 403
