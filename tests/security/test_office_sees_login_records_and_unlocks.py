"""The general office (信息公开管理员) sees failure counts, lockouts and the log-in audit in the admin
(登录保护) and lifts a lockout, in the admin or with ``manage.py axes_reset_username``; the unlock is
itself recorded. Nobody else sees these records."""

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from .conftest import log_in, logged_in

pytestmark = pytest.mark.django_db
ATTEMPTS = reverse("wagtailsnippets_axes_accessattempt:list")
FAILURES = reverse("wagtailsnippets_axes_accessfailurelog:list")
LOGINS = reverse("wagtailsnippets_axes_accesslog:list")


@pytest.fixture
def locked(people):
    browser = Client()
    for _ in range(30):
        log_in(browser, "drafter", "wrong-password")
    assert log_in(browser, "drafter").status_code == 429
    return browser


def test_office_sees_the_lockout_and_the_failures(client, people, locked):
    client.force_login(people.office)
    html = client.get(ATTEMPTS).content.decode()
    assert "drafter" in html and "203.0.113.10" in html and "已锁定" in html and "解锁" in html
    html = client.get(FAILURES).content.decode()
    assert "登录失败记录" in html and html.count("203.0.113.10") >= 20
    assert client.get(LOGINS).status_code == 200


def test_office_unlocks_and_the_user_logs_in(client, people, locked):
    attempt = AccessAttempt.objects.get(username="drafter")
    client.force_login(people.office)
    unlock_url = reverse("wagtailsnippets_axes_accessattempt:unlock", args=[attempt.pk])
    assert "解除登录锁定" in client.get(unlock_url).content.decode()
    response = client.post(unlock_url)
    assert response.status_code == 302 and response.url == ATTEMPTS
    assert not AccessAttempt.objects.filter(username="drafter").exists()
    entry = ModelLogEntry.objects.get(action="security.unlock")
    assert entry.user == people.office and entry.data["username"] == "drafter"
    assert logged_in(log_in(locked, "drafter"))


def test_unlock_from_the_command_line(people, locked):
    call_command("axes_reset_username", "drafter")
    assert logged_in(log_in(locked, "drafter"))


@pytest.mark.parametrize("url", [ATTEMPTS, FAILURES, LOGINS])
def test_staff_outside_the_office_do_not_see_login_records(client, people, locked, url):
    client.force_login(people.head)
    response = client.get(url, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code in (302, 403)
    assert "203.0.113.10" not in response.content.decode()


def test_staff_outside_the_office_cannot_unlock(client, people, locked):
    attempt = AccessAttempt.objects.get(username="drafter")
    client.force_login(people.head)
    client.post(reverse("wagtailsnippets_axes_accessattempt:unlock", args=[attempt.pk]))
    assert AccessAttempt.objects.filter(username="drafter").exists()


def test_records_cannot_be_edited_in_the_admin(client, people, locked):
    attempt = AccessAttempt.objects.get(username="drafter")
    client.force_login(people.office)
    for name in ("edit", "delete"):
        url = reverse(f"wagtailsnippets_axes_accessattempt:{name}", args=[attempt.pk])
        assert client.get(url).status_code in (302, 403)
        client.post(url)
    bulk_delete = reverse("wagtail_bulk_action", args=["axes", "accessattempt", "delete"])
    client.post(f"{bulk_delete}?id={attempt.pk}")
    assert AccessAttempt.objects.filter(username="drafter").exists()
    inspect = client.get(reverse("wagtailsnippets_axes_accessattempt:inspect", args=[attempt.pk])).content.decode()
    assert "drafter" in inspect and "wrong-password" not in inspect
