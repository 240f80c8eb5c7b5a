"""保密审查 第六条: a page sent back is the drafter's work now. It appears in the section's drafters'
待我审查 with the step that sent it back, who, when and the reason; nowhere else."""

import pytest
from django.urls import reverse

from .conftest import login
from .flow import act, send_back_at_step_two, submit


def panel(client):
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    start = html.index('id="moderation-waiting-heading"')
    return html[start:html.index("</section>", start)]


@pytest.mark.django_db
def test_rejected_item_with_its_reason_in_the_drafters_panel(client, chain):
    page = chain.page
    send_back_at_step_two(client, chain, page, "请补充停机时间和影响范围")

    html = panel(login(client, chain.a.drafter))
    assert "待我审查（1）" in html and "已退回修改（1）" in html
    assert page.title in html and "请补充停机时间和影响范围" in html
    assert "科室负责人审查" in html and chain.a.head.username in html

    for other in (chain.b.drafter, chain.a.head):
        html = panel(login(client, other))
        assert page.title not in html and "请补充停机时间和影响范围" not in html


@pytest.mark.django_db
def test_resubmitted_item_leaves_the_sent_back_list(client, chain):
    page = chain.page
    submit(client, chain.a.drafter, page)
    act(client, chain.a.drafter, page, action="reject", comment="先撤回修改")
    submit(client, chain.a.drafter, page)
    html = panel(login(client, chain.a.drafter))
    assert "已退回修改" not in html and "先撤回修改" not in html
