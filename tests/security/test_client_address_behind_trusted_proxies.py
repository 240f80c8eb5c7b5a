"""The client address (request throttle, log-in lockout): X-Forwarded-For counts only as written by the
reverse proxies of TRUSTED_PROXIES, read from the right. Before, the first address was believed
whenever a switch was on, so any client could name itself anew with each request."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.urls import reverse

from disclosure_requests.models import DisclosureRequest
from security.client_address import client_address
from tests.disclosure_requests.factories import form_data

from .conftest import log_in, logged_in

PROXY = "10.0.0.5"


def address(remote, forwarded=None, trusted=()):
    from django.test import override_settings

    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    with override_settings(TRUSTED_PROXIES=list(trusted)):
        return client_address(RequestFactory().get("/", **headers))


@pytest.mark.parametrize("remote,forwarded,trusted,expected", [
    # no proxy configured: the header is ignored, whoever sent it
    ("198.51.100.7", "1.2.3.4", [], "198.51.100.7"),
    # a client talking to us directly cannot name itself, even when proxies are configured
    ("198.51.100.7", "1.2.3.4", [PROXY], "198.51.100.7"),
    # behind our proxy: the address the proxy saw
    (PROXY, "198.51.100.7", [PROXY], "198.51.100.7"),
    # a forged entry on the left is skipped: the proxy appended the real one on the right
    (PROXY, "1.2.3.4, 198.51.100.7", [PROXY], "198.51.100.7"),
    # two proxies of ours (a network), the client left of them
    (PROXY, "1.2.3.4, 198.51.100.7, 10.0.0.9", ["10.0.0.0/24"], "198.51.100.7"),
    # only proxies in the header: the left-most of them
    (PROXY, "10.0.0.9", ["10.0.0.0/24"], "10.0.0.9"),
    # no header from our proxy: the proxy itself
    (PROXY, None, [PROXY], PROXY),
    # garbage where the proxy should have written: the proxy itself, never the garbage
    (PROXY, "1.2.3.4, unknown", [PROXY], PROXY),
    # ports and IPv6 as proxies write them
    (PROXY, "198.51.100.7:5123", [PROXY], "198.51.100.7"),
    ("2001:db8::1", "[2001:db8::77]:443", ["2001:db8::/64"], "2001:db8::77"),
])
def test_client_address(remote, forwarded, trusted, expected):
    assert address(remote, forwarded, trusted) == expected


@pytest.mark.django_db
def test_forged_header_does_not_escape_the_request_throttle(client, portal, settings):
    cache.clear()
    settings.DISCLOSURE_REQUESTS_SUBMISSION_RATE = "1/3600"
    settings.TRUSTED_PROXIES = [PROXY]
    url = reverse("disclosure_requests:apply")
    assert client.post(url, form_data(), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="1.1.1.1, 198.51.100.7").status_code == 302
    response = client.post(url, form_data(), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="2.2.2.2, 198.51.100.7")
    assert response.status_code == 429
    # another client behind the same proxy is its own client
    assert client.post(url, form_data(), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.8").status_code == 302
    assert DisclosureRequest.objects.count() == 2
    cache.clear()


@pytest.mark.django_db
def test_forged_header_does_not_escape_the_login_lockout(client, people, settings):
    settings.TRUSTED_PROXIES = [PROXY]
    for n in range(10):
        log_in(client, "drafter", "wrong-password", address=PROXY, HTTP_X_FORWARDED_FOR=f"1.1.1.{n}, 198.51.100.7")
    response = log_in(client, "drafter", address=PROXY, HTTP_X_FORWARDED_FOR="3.3.3.3, 198.51.100.7")
    assert response.status_code == 429
    assert logged_in(log_in(client, "drafter", address=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.8"))


@pytest.mark.django_db
def test_a_direct_client_cannot_pose_as_another_for_the_lockout(client, people, settings):
    settings.TRUSTED_PROXIES = [PROXY]
    for n in range(10):
        log_in(client, "drafter", "wrong-password", address="198.51.100.7", HTTP_X_FORWARDED_FOR=f"1.1.1.{n}")
    assert log_in(client, "drafter", address="198.51.100.7").status_code == 429
