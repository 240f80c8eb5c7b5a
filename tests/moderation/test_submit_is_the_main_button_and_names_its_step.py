"""保密审查 第六条 in the editor: 送审 is the main button (not an entry of the dropdown), and after a
rejection it says the chain starts again at step 1 (Wagtail's "重新提交给（二）…" named the step
that sent it back, which the page does not go to)."""

import re

import pytest
from django.urls import reverse

from moderation.action_menu import RESUBMIT_LABEL, SUBMIT_LABEL

from .conftest import login
from .flow import fresh, send_back_at_step_two, submit


def main_button(html):
    """The editor's footer: the first action button is the one shown outside the dropdown."""
    footer = html[html.index("<footer"):]
    button = re.search(r'<button[^>]*name="(action-[\w-]+)"[^>]*>(.*?)</button>', footer, re.S)
    return button.group(1), " ".join(re.sub(r"<[^>]+>", " ", button.group(2)).split())


@pytest.mark.django_db
def test_submit_is_the_main_button_of_a_draft(client, chain):
    html = login(client, chain.a.drafter).get(reverse("wagtailadmin_pages:edit", args=[chain.page.pk])).content.decode()
    assert main_button(html) == ("action-submit", SUBMIT_LABEL)


@pytest.mark.django_db
def test_submit_is_the_main_button_when_creating(client, chain):
    category = chain.portal.categories["other"]
    url = reverse("wagtailadmin_pages:add", args=["disclosure_pages", "disclosureitempage", category.pk])
    assert main_button(login(client, chain.a.drafter).get(url).content.decode()) == ("action-submit", SUBMIT_LABEL)


@pytest.mark.django_db
def test_resubmit_names_step_one_not_the_step_that_sent_it_back(client, chain):
    page = chain.page
    send_back_at_step_two(client, chain, page, "请补充数据来源")
    html = login(client, chain.a.drafter).get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert main_button(html) == ("action-submit", RESUBMIT_LABEL)
    assert "（一）起草人初步意见" in RESUBMIT_LABEL
    assert "（二）科室负责人审查" not in main_button(html)[1]
    # And it does what it says: the new round starts at step 1.
    submit(client, chain.a.drafter, page)
    assert fresh(page).current_workflow_task.name == "（一）起草人初步意见"
