"""The demo's 回应关切 page about the rumour that a platform will charge citizens names as corrected
the notice the rumour misread, and speaks of the platform that notice is about."""

import pytest
from django.core.management import call_command

from public_opinion.models import ResponsePage

pytestmark = pytest.mark.django_db


def test_the_demo_response_names_the_notice_it_corrects(capsys):
    call_command("load_demo", items=40)
    capsys.readouterr()
    response = ResponsePage.objects.get(slug="shoufei-chuanyan-shuoming")
    notice = response.corrected_item
    assert notice.live
    platform = response.title.removeprefix("关于“").removesuffix("将收费”传言的说明")
    assert platform in notice.title and platform in response.case.title
