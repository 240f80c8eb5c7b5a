"""Smoke test of the production stack that scripts/production_check/run.sh starts.

Runs with the site's environment (it reads and changes the database through Django, like
`manage.py shell`) and talks HTTP to nginx (TLS, verified against the check's own certificate)
and to each gunicorn instance directly (as nginx does: from a trusted proxy address, with
X-Forwarded-Proto). Prints one line per check; exit status 1 at the first failure.
"""

import argparse
import http.client
import http.cookies
import random
import re
import secrets
import ssl
import sys
import time
import urllib.parse
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[2] / "benchmarks")]

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from requests_load import TOKEN, TRACKING, form  # noqa: E402
from wagtail.documents import get_document_model  # noqa: E402
from wagtail.models import Collection  # noqa: E402

from disclosure_pages.models import DisclosureItemPage, ItemAttachment  # noqa: E402
from disclosure_requests.models import DisclosureRequest  # noqa: E402
from page_files.models import LiveFileUse  # noqa: E402

PASSWORD = "gongkai2026"  # the demo's (README, Demo accounts)
# The demo item that waits for the leader's approval (operations/demo/review.py).
WAITING_FOR_LEADER = "关于调整电子政务外网运维服务时间的公告"
UNSUBMITTED_DRAFT = "数据安全管理制度执行情况自查报告"


class Failed(Exception):
    """A smoke check that did not hold; its message says which."""


def check(condition, message):
    if not condition:
        raise Failed(message)
    print(f"ok    {message}")


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def header(self, name):
        return self.headers.get(name.lower(), "")


class Browser:
    """A visitor with one cookie jar for every address (so a session can move between instances);
    redirects are followed only when asked. Towards an instance it sends what nginx adds."""

    def __init__(self, ca, instances, client_address=None):
        self.context = ssl.create_default_context(cafile=ca)
        self.instances = {urllib.parse.urlsplit(url).netloc for url in instances}
        self.cookies = {}
        self.client_address = client_address

    def request(self, method, url, data=None, headers=None, follow=False):
        for _ in range(5):
            parts = urllib.parse.urlsplit(url)
            if parts.scheme == "https":
                connection = http.client.HTTPSConnection(parts.netloc, timeout=60, context=self.context)
            else:
                connection = http.client.HTTPConnection(parts.netloc, timeout=60)
            sent = {"Host": parts.netloc, **(headers or {})}
            if parts.netloc in self.instances:
                sent["X-Forwarded-Proto"] = "https"
            if self.client_address:
                sent["X-Forwarded-For"] = self.client_address
            if self.cookies:
                sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
            body = None
            if data is not None:
                body = urllib.parse.urlencode(data).encode()
                sent["Content-Type"] = "application/x-www-form-urlencoded"
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            connection.request(method, path, body=body, headers=sent)
            raw = connection.getresponse()
            try:
                body = raw.read()
            except http.client.IncompleteRead as short:  # X-Accel-Redirect: the length of a body nginx sends
                body = short.partial
            response = Response(raw.status, {k.lower(): v for k, v in raw.getheaders()}, body)
            for value in raw.headers.get_all("Set-Cookie") or []:
                for name, morsel in http.cookies.SimpleCookie(value).items():
                    self.cookies[name] = morsel.value
            connection.close()
            if not (follow and response.status in (301, 302, 303)):
                return response
            url, method, data = urllib.parse.urljoin(url, response.header("Location")), "GET", None
        raise Failed(f"too many redirects from {url}")

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def post_form(self, page_url, fields, follow=True):
        """GET the form (CSRF cookie and token), then POST it back with the token."""
        page = self.get(page_url)
        if page.status != 200:
            raise Failed(f"GET {page_url} → {page.status}")
        token = TOKEN.search(page.text).group(1)
        # Behind nginx the page was https:// (X-Forwarded-Proto), and so was its address for the browser.
        parts = urllib.parse.urlsplit(page_url)
        referer = parts._replace(scheme="https").geturl() if parts.netloc in self.instances else page_url
        return self.request("POST", page_url, data={"csrfmiddlewaretoken": token, **fields},
                            headers={"Referer": referer}, follow=follow)


def check_pages(nginx, http_url, browser):
    redirect = browser.get(http_url + "/")
    check(redirect.status == 301 and redirect.header("Location").startswith("https://"),
          "plain HTTP answers 301 to HTTPS")
    home = browser.get(nginx + "/")
    check(home.status == 200 and "政府信息公开" in home.text, "home page through nginx over TLS")
    check("max-age" in home.header("Strict-Transport-Security"), "HSTS on the home page")
    stylesheet = re.search(r'href="(/static/[^"]+\.css)"', home.text)
    check(stylesheet is not None, "home page links a style sheet under /static/")
    static = browser.get(nginx + stylesheet.group(1))
    check(static.status == 200 and ("max-age" in static.header("Cache-Control") or static.header("Expires")),
          f"static file served by nginx with an expiry ({stylesheet.group(1)})")
    item = DisclosureItemPage.objects.live().public().exact_type(DisclosureItemPage).order_by("-pk").first()
    page = browser.get(nginx + item.url)
    check(page.status == 200 and item.title in page.text, f"item page {item.url}")
    category = browser.get(nginx + item.get_parent().url)
    check(category.status == 200, f"category page {item.get_parent().url}")
    word = item.title[:6]
    search = browser.get(nginx + "/search/?" + urllib.parse.urlencode({"q": word}))
    check(search.status == 200 and f'href="{item.url}"' in search.text, f"search for {word!r} finds {item.url}")


def check_documents(nginx, instances, browser, media_root):
    Document = get_document_model()
    public_use = LiveFileUse.objects.filter(document__isnull=False).select_related("document").first()
    check(public_use is not None, "the demo publishes an item with a document")
    document = public_use.document
    served = browser.get(nginx + document.url)
    stored = (Path(media_root) / document.file.name).read_bytes()
    check(served.status == 200 and served.body == stored, f"document {document.url} through nginx, byte for byte")
    check("no-cache" in served.header("Cache-Control") and served.header("X-Content-Type-Options") == "nosniff"
          and served.header("Content-Security-Policy") == "default-src 'none'"
          and "max-age" in served.header("Strict-Transport-Security"),
          "its response keeps Django's Cache-Control, nosniff, CSP and HSTS")
    direct = browser.get(instances[0] + document.url)
    check(direct.header("X-Accel-Redirect").startswith("/internal-files/") and not direct.body,
          "gunicorn hands the file to nginx (X-Accel-Redirect, empty body)")
    internal = browser.get(nginx + direct.header("X-Accel-Redirect"))
    check(internal.status == 404, "/internal-files/ is not reachable from outside")

    # A document that only an unpublished draft uses.
    draft = DisclosureItemPage.objects.get(title=UNSUBMITTED_DRAFT)
    unpublished = Document(title="未公开草稿附件", collection=Collection.get_first_root_node())
    unpublished.file.save("production-check-draft.pdf", ContentFile(b"%PDF-1.4 draft " + secrets.token_bytes(16)))
    unpublished.save()
    draft.attachments.add(ItemAttachment(document=unpublished, title="草稿附件"))
    draft.save_revision(user=get_user_model().objects.get(username="drafter"))
    check(browser.get(nginx + unpublished.url).status == 404, "an unpublished page's document answers 404")
    check(browser.get(nginx + "/files/" + unpublished.file.name).status == 404,
          "nor is it reachable under MEDIA_URL")


def submit_request(browser, base, rng, n):
    return browser.post_form(base + "/yisqgk/apply/", {
        k: v for k, v in form(rng, "", n).items() if k != "csrfmiddlewaretoken"})


def check_request_form(nginx, instances, ca):
    rng = random.Random(20261129)
    # Clients at addresses of their own (documentation ranges), so no earlier run's count applies.
    browser = Browser(ca, instances, client_address=f"198.51.100.{secrets.randbelow(250) + 1}")
    done = submit_request(browser, nginx, rng, 1)
    number = TRACKING.search(done.text)
    check(done.status == 200 and number is not None, "request form through nginx: submission accepted")
    check(DisclosureRequest.objects.filter(tracking_number=number.group(1)).count() == 1,
          f"request {number.group(1)} stored once")
    check_mail_from_the_worker(number.group(1))

    # One client (one address, behind the trusted proxy) alternating between the instances.
    limit = int(django.conf.settings.DISCLOSURE_REQUESTS_SUBMISSION_RATE.split("/")[0])
    client = Browser(ca, instances, client_address=f"203.0.113.{secrets.randbelow(250) + 1}")
    for n in range(limit):
        instance = instances[n % len(instances)]
        response = submit_request(client, instance, rng, 100 + n)
        check(response.status == 200 and TRACKING.search(response.text),
              f"submission {n + 1} of {limit} allowed by {instance}")
    for instance in instances:
        check(submit_request(client, instance, rng, 200).status == 429,
              f"submission {limit + 1} refused (429) by {instance}: the throttle is shared")


def check_mail_from_the_worker(tracking_number):
    """The applicant's mail was queued by the web request and written by the worker (outgoing.mail)."""
    from django_tasks_db.models import DBTaskResult

    folder = Path(django.conf.settings.EMAIL_FILE_PATH)
    for _ in range(60):
        sent = [path for path in folder.glob("*.log") if tracking_number in path.read_text(errors="replace")]
        if sent:
            break
        time.sleep(0.5)
    check(sent, f"the applicant's mail about {tracking_number} left through the worker ({folder})")
    check(DBTaskResult.objects.filter(task_path="outgoing.mail.deliver", status="SUCCESSFUL",
                                      args_kwargs__args__1__icontains=tracking_number).exists(),
          "it was sent by the queued task outgoing.mail.deliver, not by the web request")


def check_sessions(instances, ca):
    browser = Browser(ca, instances)
    first, *others = instances
    login = browser.post_form(first + "/admin/login/", {"username": "leader", "password": PASSWORD}, follow=False)
    check(login.status == 302 and "sessionid" in browser.cookies, f"log in as leader through {first}")
    leader = get_user_model().objects.get(username="leader")
    name = leader.get_full_name() or leader.get_username()
    for instance in others:
        dashboard = browser.get(instance + "/admin/")  # anonymous: 302 to the log-in page
        check(dashboard.status == 200 and name in dashboard.text, f"the session continues on {instance} ({name})")


def check_publish_reaches_every_instance(nginx, instances, browser):
    item = DisclosureItemPage.objects.get(title=WAITING_FOR_LEADER)
    category_path = item.get_parent().url
    targets = [nginx, *instances]
    for base in targets:  # warm every cache with the unpublished state
        check(browser.get(base + item.url).status == 404, f"before approval {base}{item.url} → 404")
        check(WAITING_FOR_LEADER not in browser.get(base + category_path).text,
              f"before approval {base}{category_path} does not list it")
    leader = get_user_model().objects.get(username="leader")
    task = item.current_workflow_task.specific
    check(task.name and item.current_workflow_task_state is not None, f"it waits at {task.name}")
    item.current_workflow_task.on_action(
        item.current_workflow_task_state, leader, "approve", decision="proactive", grounds=[], comment="同意主动公开。"
    )
    item.refresh_from_db()
    check(item.live, "the leader's approval published it (保密审查 第六条)")
    for base in targets:
        page = browser.get(base + item.url)
        check(page.status == 200 and WAITING_FOR_LEADER in page.text, f"after approval {base}{item.url} shows it")
        check(WAITING_FOR_LEADER in browser.get(base + category_path).text,
              f"after approval {base}{category_path} lists it")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nginx", required=True, help="https://host:port of nginx")
    parser.add_argument("--http", required=True, help="http://host:port of nginx's redirecting server")
    parser.add_argument("--instance", action="append", required=True, help="http://host:port of a gunicorn")
    parser.add_argument("--ca", required=True, help="the certificate nginx presents")
    parser.add_argument("--media-root", required=True)
    args = parser.parse_args()
    browser = Browser(args.ca, args.instance)
    try:
        check_pages(args.nginx, args.http, browser)
        check_documents(args.nginx, args.instance, browser, args.media_root)
        check_request_form(args.nginx, args.instance, args.ca)
        check_sessions(args.instance, args.ca)
        check_publish_reaches_every_instance(args.nginx, args.instance, browser)
    except Failed as failure:
        print(f"FAIL  {failure}")
        return 1
    print("production check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
