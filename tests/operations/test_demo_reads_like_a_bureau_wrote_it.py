"""The demo catalogue reads like a bureau's (issue 13, item 14): no "（第8期）" added to tell titles
apart, no doubled words (建设建设), a body about what its title says, and dates that make sense (a
year's 决算 only after that year). ``make run`` ends with one line: the admin's full address and
the password; the demo's notification mails are not printed."""

import datetime
import random
import re

import pytest
from django.core.management import call_command

from operations.demo.items import demo_items
from operations.demo.people import DEMO_PASSWORD

TODAYS = [datetime.date(2026, 1, 5), datetime.date(2026, 11, 30), datetime.date(2027, 7, 1)]
# Written after the year they are about: a year's accounts, audit follow-up and asset report.
AFTER_THE_YEAR = re.compile(r"(\d{4})年(部门决算|度审计整改情况|国有资产管理情况报告)")
WITHIN_THE_YEAR = re.compile(r"(\d{4})年(部门预算|“三公”经费预算情况说明)")


@pytest.fixture(params=TODAYS, ids=str)
def items(request):
    return request.param, demo_items(random.Random(2019), request.param, 300)


def test_titles_are_distinct_without_numbering_and_without_doubled_words(items):
    _today, generated = items
    titles = [item.title for item in generated]
    assert len(set(titles)) == len(titles) == 300
    for title in titles:
        assert not re.search(r"（第\d+期）", title), title
        assert not re.search(r"([\u4e00-\u9fff]{2,})\1", title), title


def test_dates_make_sense(items):
    today, generated = items
    for item in generated:
        assert item.creation_date <= item.publication_date <= today, item.title
        assert (item.publication_date - item.creation_date).days <= 20, item.title
        if match := AFTER_THE_YEAR.search(item.title):
            assert item.creation_date.year > int(match.group(1)), item.title
        if match := WITHIN_THE_YEAR.search(item.title):
            assert item.creation_date.year == int(match.group(1)), item.title


def test_bodies_are_about_their_titles(items):
    _today, generated = items
    for item in generated:
        text = "".join(item.body)
        assert item.topic in text.replace("“", "").replace("”", ""), item.title
        if (year := re.search(r"(\d{4})年", item.title)) and "十四五" not in item.title:
            assert year.group(1) in text, item.title
        assert not re.search(r"([\u4e00-\u9fff]{2,})\1", text), item.title


@pytest.mark.django_db
def test_load_demo_ends_with_the_admin_address_and_password(capsys):
    call_command("load_demo", items=10, site_url="http://127.0.0.1:8000")
    lines = capsys.readouterr().out.strip().splitlines()
    assert "http://127.0.0.1:8000/admin/" in lines[-1] and DEMO_PASSWORD in lines[-1]
    assert not any("Subject:" in line for line in lines)
