"""A number in a query matches that number, not digits inside a longer one (11 is not in 2011)."""

import pytest

from tests.factories import DisclosureItemPageFactory

from .conftest import titles

pytestmark = pytest.mark.django_db


def test_a_number_is_not_found_inside_a_longer_number(engine, committed, find, portal):
    finance = portal.categories["finance"]
    with committed():
        DisclosureItemPageFactory(parent=finance, title="11月工作安排", summary="", document_number="")
        DisclosureItemPageFactory(parent=finance, title="2011年度报告", summary="", document_number="")
        DisclosureItemPageFactory(parent=finance, title="第110次会议纪要", summary="", document_number="")
    assert titles(find("11")) == ["11月工作安排"]
    assert titles(find("2011")) == ["2011年度报告"]
