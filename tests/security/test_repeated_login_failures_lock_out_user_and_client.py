"""Log-in lockout: 30 wrong passwords then the right one used to work. After the failure limit the
same user name from the same client is refused, with a Chinese message, even with the right
password; other users at that client and the same user elsewhere are unaffected (nobody can lock
out the whole site by guessing names). Every failure and the lockout are recorded."""

import datetime

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.test import Client
from django.utils import timezone

from .conftest import log_in, logged_in

pytestmark = pytest.mark.django_db


def fail(client, username, times, address="203.0.113.10"):
    return [log_in(client, username, "wrong-password", address) for _ in range(times)][-1]


def test_thirty_failures_then_the_right_password_is_refused(client, people, settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    last = fail(client, "drafter", 30)
    assert last.status_code == 429
    response = log_in(client, "drafter")
    assert response.status_code == 429 and not logged_in(response)
    html = response.content.decode()
    assert "登录失败次数过多" in html and "15分钟后再试" in html and "信息公开管理员解锁" in html
    assert 'name="password"' in html  # still Wagtail's log-in page
    assert "_auth_user_id" not in client.session


def test_failures_below_the_limit_still_allow_the_right_password(client, people):
    fail(client, "drafter", 4)
    assert logged_in(log_in(client, "drafter"))
    assert AccessAttempt.objects.filter(username="drafter").count() == 0  # success clears the count


def test_other_users_at_the_same_client_still_log_in(client, people):
    fail(client, "drafter", 30)
    assert logged_in(log_in(client, "head"))


def test_the_same_user_at_another_client_still_logs_in(client, people):
    fail(client, "drafter", 30)
    assert logged_in(log_in(Client(), "drafter", address="198.51.100.7"))


def test_guessing_many_names_locks_out_none_of_them_elsewhere(client, people):
    for name in ["drafter", "head", "office", "admin", "root"]:
        fail(client, name, 6)
    for name in ["drafter", "head", "office"]:
        assert logged_in(log_in(Client(), name, address="198.51.100.7"))


def test_failures_and_lockouts_are_recorded(client, people):
    fail(client, "drafter", 7)
    failures = AccessFailureLog.objects.filter(username="drafter", ip_address="203.0.113.10")
    assert failures.count() == 7
    assert failures.filter(locked_out=True).count() == 3  # the fifth attempt and every one after it
    log_in(client, "head")
    assert AccessLog.objects.filter(username="head", ip_address="203.0.113.10").exists()


def test_the_lockout_ends_after_the_cool_off(client, people):
    fail(client, "drafter", 5)
    AccessAttempt.objects.filter(username="drafter").update(
        attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    assert logged_in(log_in(client, "drafter"))
