"""保密审查 第五、七条 on the review record: while 同意 is not offered, the reviewer is told why and
what to do for it to appear; the finding's excerpt is the item's text, never the editor's internal
block names or ids."""

import re

import pytest
from django.urls import reverse

from moderation.models import SensitiveFinding

from .conftest import login
from .flow import act, submit


@pytest.mark.django_db
def test_warning_says_what_must_be_done_before_approval(client, chain):
    page = chain.page
    page.summary = "联系人手机13912345678"
    page.save()
    submit(client, chain.a.drafter, page)
    act(client, chain.a.drafter, page)
    act(client, chain.a.head, page)
    html = login(client, chain.a.reviewer).get(reverse("moderation:review_record", args=[page.pk])).content.decode()
    warning = re.search(r'<p class="help-block help-warning">(.*?)</p>', html, re.S).group(1)
    assert "尚有 1 项敏感信息提示未处理" in warning
    assert "逐项填写理由并确认" in warning and "退回起草人" in warning and "“同意”按钮" in warning


@pytest.mark.django_db
def test_finding_excerpt_shows_no_block_ids(chain):
    from moderation.scan import scan_page

    page = chain.page
    page.body = [("paragraph", "<p>联系人：张三，电话13912345678，请于周五前报送。</p>")]
    page.save()
    page.refresh_from_db()
    block_id = page.body.raw_data[0]["id"]
    (match,) = scan_page(page)
    assert match.place == "正文"
    assert block_id not in match.excerpt and "paragraph" not in match.excerpt
    assert "联系人：张三，电话" in match.excerpt
    assert SensitiveFinding.objects.count() == 0
