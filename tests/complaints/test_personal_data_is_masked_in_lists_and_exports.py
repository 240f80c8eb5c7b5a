"""个人信息保护法: the list and the exports show name, phone and email masked as for requests
(``outgoing.identifiers.mask``); only the handling page shows them whole. Exports never run formulas."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from outgoing.identifiers import mask

from .factories import ComplaintFactory

pytestmark = pytest.mark.django_db
PERSON = {"name": "欧阳修文", "phone": "13812345678", "email": "ouyang.xiuwen@example.com"}


def test_list_shows_masked_personal_data(client, staff):
    complaint = ComplaintFactory(**PERSON)
    client.force_login(staff.office_clerk)
    html = client.get(reverse("complaints_complaint_modeladmin_index")).content.decode()
    assert complaint.tracking_number in html
    for value in PERSON.values():
        assert value not in html
    assert "138****5678" in html and mask(PERSON["email"]) in html
    inspect = client.get(reverse("complaints_complaint_modeladmin_inspect", args=[complaint.pk])).content.decode()
    assert all(value in inspect for value in PERSON.values())


def test_exports_mask_personal_data_and_neutralise_formulas(client, staff):
    ComplaintFactory(content="=HYPERLINK(\"http://evil\")", **PERSON)
    client.force_login(staff.office_clerk)
    text = client.get(reverse("complaints_admin:export")).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][4:7] == ["姓名", "联系电话", "电子邮箱"]
    assert rows[1][4:7] == [mask(PERSON["name"]), "138****5678", mask(PERSON["email"])]
    assert not rows[1][7].startswith("=")
    response = client.get(reverse("complaints_admin:export_xlsx"))
    sheet = load_workbook(io.BytesIO(response.content)).active
    cells = " ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row)
    assert all(value not in cells for value in PERSON.values()) and "138****5678" in cells


def test_a_section_exports_only_its_own(client, staff):
    ours = ComplaintFactory(section=staff.section, state="handling")
    theirs = ComplaintFactory(section=staff.other_section, state="handling")
    client.force_login(staff.drafter)
    text = client.get(reverse("complaints_admin:export")).content.decode("utf-8-sig")
    assert ours.tracking_number in text and theirs.tracking_number not in text
