"""Load run of the public 依申请公开 form: 2,000 requests from 20 concurrent clients.

Against the production stack (nginx with TLS, two gunicorn instances, Redis, PostgreSQL; the
deploy/ files as `make production-check` starts them), which is what docs/benchmarks.md reports:

    make benchmark-intake        # = scripts/production_check/run.sh intake

or by hand against any running site:

    # 1. a throw-away PostgreSQL database, migrated
    DATABASE_URL=postgres://disclosure:disclosure@127.0.0.1:54329/disclosure_requests_load \\
        .venv/bin/python manage.py migrate
    # 2. the site, with the per-client throttle raised (every client here comes from 127.0.0.1)
    DATABASE_URL=... DISCLOSURE_REQUESTS_SUBMISSION_RATE=1000000/3600 \\
        .venv/bin/python manage.py runserver 127.0.0.1:8765 --noreload
    # 3. the load
    DATABASE_URL=... .venv/bin/python benchmarks/requests_load.py http://127.0.0.1:8765

Each client is a thread with its own cookies and one kept-alive connection, like a browser: it loads
the form once (CSRF cookie and token), then submits its share of requests, each for a different
applicant with a valid ID number, following the redirect to the confirmation page and reading the
tracking number off it. (Opening a new TLS connection for every request, as urllib does, made the
client and nginx spend more CPU on handshakes than the site on the submission.)

Reported: accepted, throttled (HTTP 429) and failed submissions, throughput, latency percentiles.
Then the database named by DATABASE_URL is checked: every accepted tracking number is stored once,
and all are unique. Exit status 1 when anything failed (throttled submissions are not failures).
Standard library plus psycopg only, so it runs from any checkout.
"""

import argparse
import http.client
import http.cookies
import os
import random
import re
import ssl
import statistics
import sys
import threading
import time
import urllib.parse

from stdnum.cn import ric

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
TRACKING = re.compile(r'id="tracking-number">([^<]+)<')


def id_number(rng):
    """A GB 11643 number with a correct check character (Zhongwei 640502, birth 1950–2005)."""
    birth = f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    first17 = f"640502{birth}{rng.randint(0, 999):03d}"
    return first17 + ric.calc_check_digit(first17 + "0")


def form(rng, token, n):
    return {
        "csrfmiddlewaretoken": token,
        "applicant-applicant_type": "natural_person",
        "applicant-name": f"压测申请人{n}",
        "applicant-id_document_type": "resident_id",
        "applicant-id_number": id_number(rng),
        "applicant-phone": f"13{rng.randint(0, 999999999):09d}",
        "applicant-email": f"load{n}@example.com",
        "applicant-address": "宁夏中卫市沙坡头区压测路1号",
        "applicant-postcode": "755000",
        "request-information_name": f"压测所需信息{n}",
        "request-description": "请提供本局2025年度政务数据共享目录全文（压测）。",
        "request-provision_form": "email",
        "request-access_route": "email",
    }


class Rejected(Exception):
    def __init__(self, status):
        super().__init__(f"HTTP {status}")
        self.status = status


class Client(threading.Thread):
    def __init__(self, base_url, numbers, seed, timeout, tls=None):
        super().__init__(daemon=True)
        self.base = urllib.parse.urlsplit(base_url.rstrip("/"))
        self.numbers, self.timeout, self.tls = numbers, timeout, tls
        self.rng = random.Random(seed)
        self.cookies = http.cookies.SimpleCookie()
        self.connection = None
        self.accepted, self.throttled, self.errors, self.latencies = [], 0, [], []

    def connect(self):
        if self.base.scheme == "https":
            return http.client.HTTPSConnection(self.base.netloc, timeout=self.timeout, context=self.tls)
        return http.client.HTTPConnection(self.base.netloc, timeout=self.timeout)

    def fetch(self, method, path, body=None, headers=None):
        """(status, headers, text) over the kept-alive connection, opened again if the server closed it."""
        headers = {**(headers or {}), "Host": self.base.netloc}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={m.value}" for k, m in self.cookies.items())
        for attempt in (1, 2):
            self.connection = self.connection or self.connect()
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                text = response.read().decode()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.connection.close()
                self.connection = None
                if attempt == 2 or method == "POST":  # never send a submission twice
                    raise
        for value in response.headers.get_all("Set-Cookie") or []:
            self.cookies.load(value)
        return response.status, response.headers, text

    def run(self):
        apply_path = self.base.path + "/yisqgk/apply/"
        apply_url = urllib.parse.urlunsplit((*self.base[:2], apply_path, "", ""))
        try:
            token = TOKEN.search(self.fetch("GET", apply_path)[2]).group(1)
        except Exception as error:  # noqa: BLE001
            self.errors.append(f"GET form: {error!r}")
            return
        for n in self.numbers:
            body = urllib.parse.urlencode(form(self.rng, token, n))
            started = time.perf_counter()
            try:
                status, headers, _ = self.fetch("POST", apply_path, body, {
                    "Referer": apply_url, "Content-Type": "application/x-www-form-urlencoded"})
                if status != 302:
                    raise Rejected(status)
                status, _, page = self.fetch("GET", urllib.parse.urlsplit(headers["Location"]).path)
                match = TRACKING.search(page)
                if match:
                    self.accepted.append(match.group(1))
                else:
                    self.errors.append(f"#{n}: no tracking number on the confirmation page (HTTP {status})")
            except Rejected as error:
                if error.status == 429:
                    self.throttled += 1
                else:
                    self.errors.append(f"#{n}: {error}")
            except Exception as error:  # noqa: BLE001
                self.errors.append(f"#{n}: {error!r}")
            finally:
                self.latencies.append(time.perf_counter() - started)


def verify(database_url, tracking_numbers):
    import psycopg

    with psycopg.connect(database_url) as connection:
        rows = connection.execute(
            "SELECT tracking_number FROM disclosure_requests_disclosurerequest WHERE tracking_number = ANY(%s)",
            [tracking_numbers],
        ).fetchall()
    stored = [row[0] for row in rows]
    return len(stored), len(set(stored))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", nargs="?", default="http://127.0.0.1:8000")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--ca", help="certificate to verify an https:// site against (e.g. a self-signed one)")
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""),
                        help="the site's database, for the check (default: DATABASE_URL)")
    args = parser.parse_args()

    numbers = list(range(1, args.requests + 1))
    tls = ssl.create_default_context(cafile=args.ca) if args.ca else None
    clients = [Client(args.url, numbers[i::args.clients], seed=i, timeout=args.timeout, tls=tls)
               for i in range(args.clients)]
    started = time.perf_counter()
    for client in clients:
        client.start()
    for client in clients:
        client.join()
    elapsed = time.perf_counter() - started

    accepted = [t for c in clients for t in c.accepted]
    throttled = sum(c.throttled for c in clients)
    errors = [e for c in clients for e in c.errors]
    latencies = sorted(x for c in clients for x in c.latencies)
    print(f"target            {args.url}  ({args.clients} clients, {args.requests} requests)")
    print(f"elapsed           {elapsed:.1f} s")
    print(f"accepted          {len(accepted)}")
    print(f"throttled (429)   {throttled}")
    print(f"errors            {len(errors)}")
    for error in errors[:10]:
        print(f"  {error}")
    print(f"throughput        {len(accepted) / elapsed:.1f} accepted requests/s")
    if latencies:
        q = statistics.quantiles(latencies, n=100)
        print(f"latency (s)       p50 {q[49]:.3f}  p95 {q[94]:.3f}  p99 {q[98]:.3f}  max {latencies[-1]:.3f}")

    ok = not errors and len(accepted) + throttled == args.requests
    if args.database_url:
        stored, unique = verify(args.database_url, accepted)
        print(f"in the database   {stored} of {len(accepted)} accepted, {unique} unique tracking numbers")
        ok = ok and stored == len(accepted) == unique == len(set(accepted))
    else:
        print("no DATABASE_URL given: database check skipped")
        ok = False
    print("RESULT            " + ("OK" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
