"""索引号: `<org code>/<year>-<5-digit sequence>`, unique, stable, never reused."""

import datetime
import re
import threading

import pytest
from django.db import connection
from wagtail.models import Page

from disclosure_pages.models import DisclosureItemPage
from moderation.publishing import publish_migrated
from tests.factories import CategoryPageFactory, DisclosureItemPageFactory, SectionFactory, build_portal

pytestmark = pytest.mark.django_db


def test_format_and_sequence_per_year(portal, settings):
    category = portal.categories["other"]
    first = DisclosureItemPageFactory(parent=category, creation_date=datetime.date(2024, 5, 1), live=False)
    second = DisclosureItemPageFactory(parent=category, creation_date=datetime.date(2024, 6, 1), live=False)
    other_year = DisclosureItemPageFactory(parent=category, creation_date=datetime.date(2025, 1, 2), live=False)
    org = settings.DISCLOSURE_ORG_CODE
    assert first.index_number == f"{org}/2024-00001"
    assert second.index_number == f"{org}/2024-00002"
    assert other_year.index_number == f"{org}/2025-00001"
    assert re.fullmatch(r"[0-9A-Z]+/\d{4}-\d{5}", first.index_number)


def test_number_is_stable_across_edits_and_publishing(portal):
    item = DisclosureItemPageFactory(parent=portal.categories["other"], live=False)
    number = item.index_number
    item.title = "修改后的标题"
    publish_migrated(item, source="测试数据")
    item.refresh_from_db()
    assert item.index_number == number
    # Publishing again (a new revision of the same item) keeps the number.
    publish_migrated(item, source="测试数据")
    item.refresh_from_db()
    assert item.index_number == number


def test_deleted_numbers_are_never_reused(portal, settings):
    category = portal.categories["other"]
    item = DisclosureItemPageFactory(parent=category, creation_date=datetime.date(2024, 1, 5), live=False)
    number = item.index_number
    item.delete()
    replacement = DisclosureItemPageFactory(parent=category, creation_date=datetime.date(2024, 1, 6), live=False)
    assert replacement.index_number != number
    assert replacement.index_number.endswith("-00002")


def test_a_copy_gets_its_own_number(portal):
    item = DisclosureItemPageFactory(parent=portal.categories["other"], live=False)
    copy = item.copy(update_attrs={"slug": "copy-of-item", "title": "副本"})
    assert copy.index_number and copy.index_number != item.index_number
    assert DisclosureItemPage.objects.filter(index_number=item.index_number).count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_creation_never_shares_a_number():
    assert connection.vendor == "postgresql"
    portal = build_portal()
    section = SectionFactory()
    # One parent per thread: the page tree's own path allocation is not what is under test.
    parents = [CategoryPageFactory(parent=portal.categories["other"], slug=f"thread-{n}") for n in range(8)]
    numbers, errors = [], []
    barrier = threading.Barrier(len(parents))

    def worker(n):
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            for i in range(5):
                item = DisclosureItemPage(
                    title=f"并发创建{n}-{i}", slug=f"concurrent-{n}-{i}", publisher=section, live=False,
                    creation_date=datetime.date(2024, 2, 1),
                )
                Page.objects.get(pk=parents[n].pk).specific.add_child(instance=item)
                numbers.append(item.index_number)
        except Exception as error:  # collected and asserted below
            errors.append(error)
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(len(parents))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    assert len(numbers) == 40
    assert len(set(numbers)) == 40
    assert set(DisclosureItemPage.objects.values_list("index_number", flat=True)) == set(numbers)
    assert sorted(int(number[-5:]) for number in numbers) == list(range(1, 41))
