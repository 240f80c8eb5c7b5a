"""`manage.py load_demo`: one idempotent command for a realistic demo with one user per role."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.http import HttpRequest

from disclosure_pages.models import DisclosureItemPage, InterpretationPage, Validity
from moderation.models import ReviewStep, SensitiveFinding
from operations.demo.people import DEMO_PASSWORD

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
    assert client.login(request=HttpRequest(), username="drafter", password=DEMO_PASSWORD)
    assert client.get("/admin/").status_code == 200


def test_every_demo_reviewer_finds_an_item_waiting(client, capsys):
    """One demo item waits at each of the four steps; drafts near and past their deadline fill the
    deadline panel (主动公开制度 第四条)."""
    call_command("load_demo", items=20)
    reviewing = DisclosureItemPage.objects.filter(slug__startswith="review-demo-")
    assert not reviewing.filter(live=True).exists()
    waiting = {page.title: page.current_workflow_task for page in reviewing}
    assert sorted(task.step for task in waiting.values() if task) == list(ReviewStep.values)
    assert SensitiveFinding.objects.filter(page__in=reviewing, confirmed_at__isnull=True).count() == 1
    capsys.readouterr()

    for username, title, count in [
        ("drafter", "关于政务数据共享平台上半年运行情况的通报", 1),
        ("head", "关于开展公共数据开放专项检查的通知", 1),
        ("reviewer", "算力网络一期工程联调测试情况说明", 1),
        # and the normative document waiting with its interpretation (政策解读制度 第四条（四）)
        ("leader", "关于调整电子政务外网运维服务时间的公告", 3),
    ]:
        assert client.login(request=HttpRequest(), username=username, password=DEMO_PASSWORD)
        dashboard = client.get("/admin/").content.decode()
        assert f"待我审查（{count}）" in dashboard and title in dashboard, username
    client.login(request=HttpRequest(), username="drafter", password=DEMO_PASSWORD)
    dashboard = client.get("/admin/").content.decode()
    assert "数据安全管理制度执行情况自查报告" in dashboard  # due within 5 working days
    assert "大数据中心机房巡检情况通报" in dashboard  # overdue


def test_every_step_of_the_offices_pages_has_someone_to_act(capsys):
    """The guide, the rules and the catalogue's pages belong to 办公室: each of the four steps has people."""
    from disclosure_pages.models import ContentPage
    from moderation.people import reviewers

    call_command("load_demo", items=5)
    guide = ContentPage.objects.get(slug="zhinan")
    for step in ReviewStep:
        assert reviewers(guide, step).exists(), step.label
