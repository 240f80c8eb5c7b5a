"""保密审查 第六条: each opinion is given on content. The 审查记录 shows, next to a round's opinions,
the content that round reviews, and what changed since the round before (after a rejection the
reviewers see exactly what the drafter changed)."""

import re

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text, streamfield

from .conftest import login
from .flow import act, submit


def body(*paragraphs):
    return streamfield([("paragraph", rich_text(f"<p>{text}</p>")) for text in paragraphs])


def rounds(html):
    """The sections of the record, newest round first."""
    return re.split(r"<h2>第 \d+ 次送审", html)[1:]


@pytest.mark.django_db
def test_record_shows_the_content_and_the_changes_since_the_last_round(client, chain):
    page = chain.page
    submit(client, chain.a.drafter, page, body=body("一、停机时间：6月1日。", "二、影响范围：全部业务。"))
    act(client, chain.a.drafter, page)
    act(client, chain.a.head, page, action="reject", comment="请写明恢复时间")
    submit(client, chain.a.drafter, page, body=body("一、停机时间：6月1日22时至6月2日6时。", "二、影响范围：全部业务。"))
    act(client, chain.a.drafter, page)

    html = login(client, chain.a.head).get(reverse("moderation:review_record", args=[page.pk])).content.decode()
    latest, first = rounds(html)
    assert "送审内容" in latest and "一、停机时间：6月1日22时至6月2日6时。" in latest and page.title in latest
    assert "新增：正文：一、停机时间：6月1日22时至6月2日6时。" in latest
    assert "删除：正文：一、停机时间：6月1日。" in latest
    assert "影响范围" not in "".join(re.findall(r"<li>.*?</li>", latest, re.S))  # unchanged lines are not listed
    assert "首次送审" in first and "请写明恢复时间" in first
