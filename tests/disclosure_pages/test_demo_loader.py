"""`manage.py load_demo`: one idempotent command for a realistic demo with one user per role."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from disclosure_pages.demo.people import DEMO_PASSWORD
from disclosure_pages.models import DisclosureItemPage, InterpretationPage, Validity

pytestmark = pytest.mark.django_db


def test_demo_is_complete_and_idempotent(client, capsys):
    call_command("load_demo", items=40)
    out = capsys.readouterr().out
    for username in ["admin", "drafter", "head", "reviewer", "leader", "office"]:
        assert username in out
    assert DEMO_PASSWORD in out
    items = DisclosureItemPage.objects.filter(live=True)
    count = items.count()
    assert count >= 40
    assert InterpretationPage.objects.exists() or not DisclosureItemPage.objects.filter(is_normative=True).exists()
    assert all(page.validity_explanation for page in items.exclude(validity=Validity.IN_FORCE))

    call_command("load_demo", items=40)
    assert DisclosureItemPage.objects.filter(live=True).count() == count
    assert get_user_model().objects.filter(username="drafter").count() == 1

    for url in ["/", "/mulu/", "/zhinan/", "/zhidu/", "/mulu/regulations/"]:
        assert client.get(url).status_code == 200, url
    assert client.login(username="drafter", password=DEMO_PASSWORD)
    assert client.get("/admin/").status_code == 200
