"""协调机制 第四条: besides the portal, the channels an item went out on (政务新媒体, 报刊, …) and when, recorded
on the item (其他公开渠道) and shown on its public page. A channel's day is neither in the future nor before
the item's 生成日期 — as entered in the same form."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from disclosure_pages.models import ItemChannel
from organisation.models import Role
from tests.factories import DisclosureItemPageFactory, member

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("at_any_hour")]


@pytest.fixture
def item(portal):
    return DisclosureItemPageFactory(parent=portal.categories["other"], live=False,
                                     creation_date=timezone.localdate() - datetime.timedelta(days=30))


def form(item, channels, **overrides):
    data = {"title": item.title, "document_number": item.document_number, "publisher": item.publisher_id,
            "creation_date": item.creation_date.isoformat(), "topic": "", "keywords": "", "summary": item.summary,
            "classification": "", "validity": "in_force", "validity_explanation": "", "body": streamfield([]),
            "attachments": inline_formset([]), "channels": inline_formset(channels)}
    data.update(overrides)
    return nested_form_data(data)


def channel(published_on, kind="new_media", note=""):
    return {"channel": kind, "published_on": published_on.isoformat(), "note": note}


def test_model_refuses_a_future_day_and_a_day_before_the_item(item):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        ItemChannel(page=item, channel="press", published_on=tomorrow).full_clean()
    assert error.value.message_dict["published_on"] == ["发布日期不能晚于今天。"]
    before = item.creation_date - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        ItemChannel(page=item, channel="press", published_on=before).full_clean()
    day = item.creation_date
    assert error.value.message_dict["published_on"] == [f"发布日期不能早于本条目的生成日期（{day.year}年{day.month}月{day.day}日）。"]
    ItemChannel(page=item, channel="press", published_on=item.creation_date).full_clean()


def test_drafter_records_channels_in_the_editor(client, item):
    client.force_login(member(Role.DRAFTER, item.publisher))
    url = reverse("wagtailadmin_pages:edit", args=[item.pk])
    assert "其他公开渠道" in client.get(url).content.decode()
    today = timezone.localdate()
    response = client.post(url, form(item, [channel(today, note="中卫发布"), channel(item.creation_date, "notice_board")]))
    assert response.status_code == 302
    latest = item.get_latest_revision_as_object()
    assert [(c.channel, c.published_on, c.note) for c in latest.channels.all()] == [
        ("new_media", today, "中卫发布"), ("notice_board", item.creation_date, "")]


def test_editor_checks_the_day_against_the_date_typed_in_the_same_form(client, item):
    client.force_login(member(Role.DRAFTER, item.publisher))
    url = reverse("wagtailadmin_pages:edit", args=[item.pk])
    later = timezone.localdate() - datetime.timedelta(days=5)
    response = client.post(url, form(item, [channel(item.creation_date, note="保留的说明")],
                                     creation_date=later.isoformat()))
    body = response.content.decode()
    assert response.status_code == 200
    assert f"发布日期不能早于本条目的生成日期（{later.year}年{later.month}月{later.day}日）。" in body
    assert "保留的说明" in body
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert "发布日期不能晚于今天。" in client.post(url, form(item, [channel(tomorrow)])).content.decode()
    assert not item.get_latest_revision_as_object().channels.exists()


def test_public_page_lists_the_channels_as_text(client, portal):
    item = DisclosureItemPageFactory(parent=portal.categories["other"], creation_date=datetime.date(2026, 3, 1))
    ItemChannel.objects.create(page=item, channel="new_media", published_on=datetime.date(2026, 3, 2),
                               note="<script>alert(1)</script>")
    ItemChannel.objects.create(page=item, channel="press", published_on=datetime.date(2026, 3, 5))
    html = client.get(item.url).content.decode()
    assert ("同步发布渠道：政务新媒体“&lt;script&gt;alert(1)&lt;/script&gt;”（2026年3月2日）、报刊（2026年3月5日）"
            in html)
    assert "<script>alert(1)" not in html
    plain = DisclosureItemPageFactory(parent=portal.categories["other"])
    assert "同步发布渠道" not in client.get(plain.url).content.decode()
