"""The case list's CSV/XLSX export (outgoing.tables): titles and links are typed from the internet, so
no cell runs as a formula; the export carries the clocks (time to report, time to response)."""

import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from public_opinion import transitions
from public_opinion.models import ResponseChannel

from .factories import OpinionCaseFactory

pytestmark = pytest.mark.django_db


def test_export_neutralises_formulas_and_lists_the_clocks(client, opinion):
    case = OpinionCaseFactory(sections=[opinion.section_a], title='=HYPERLINK("http://evil.example","点我")')
    transitions.record_response(case, opinion.a.head, ResponseChannel.HOTLINE_REPLY, timezone.now())
    client.force_login(opinion.a.head)
    csv = client.get(reverse("public_opinion_admin:export")).content.decode("utf-8-sig")
    assert "'=HYPERLINK" in csv and "回应用时（小时）" in csv and "热线答复" in csv
    sheet = load_workbook(io.BytesIO(client.get(reverse("public_opinion_admin:export_xlsx")).content)).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    title_cell = next(c for c in cells if str(c.value).startswith("=HYPERLINK"))
    assert title_cell.data_type == "s"
