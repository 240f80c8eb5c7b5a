"""deploy/nginx/gongkai.conf agrees with the settings: documents and images reach nginx only by
X-Accel-Redirect to an internal location (docs/files.md), no folder of files is served directly,
bodies as large as the forms accept get through, and the client's address is appended for
TRUSTED_PROXIES to read."""

import re
from pathlib import Path

from django.conf import settings

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
NGINX = (DEPLOY / "nginx" / "gongkai.conf").read_text()
ENV = dict(
    line.split("=", 1) for line in (DEPLOY / "gongkai.env.example").read_text().splitlines()
    if line and not line.startswith("#")
)


def location(prefix):
    match = re.search(r"location " + re.escape(prefix) + r" \{(.*?)\n    \}", NGINX, re.S)
    assert match, f"no location {prefix}"
    return match.group(1)


def test_files_go_out_through_an_internal_location_aliased_to_media_root():
    assert ENV["SENDFILE_HEADER"] == "X-Accel-Redirect"
    internal = location(ENV["SENDFILE_URL"] + "/")
    assert re.search(r"^\s*internal;", internal, re.M)
    assert f"alias {ENV['PRIVATE_ROOT']}/files/;" in internal  # MEDIA_ROOT = $PRIVATE_ROOT/files


def test_the_internal_location_keeps_djangos_security_headers():
    internal = location(ENV["SENDFILE_URL"] + "/")
    for header in ("Content-Security-Policy", "X-Content-Type-Options", "Strict-Transport-Security"):
        variable = "$upstream_http_" + header.lower().replace("-", "_")
        assert f"add_header {header} {variable} always;" in internal


def test_no_folder_of_files_is_served_directly():
    aliases = re.findall(r"alias ([^;]+);", NGINX)
    assert all(a.startswith("/srv/gongkai/static/") for a in aliases if "private" not in a)
    assert [a for a in aliases if "private" in a] == ["/srv/gongkai/private/files/"]
    for prefix in (settings.MEDIA_URL, "/media/", "/private/"):
        assert f"location {prefix}" not in NGINX and f"location ~ \"^{prefix}" not in NGINX


def test_bodies_the_forms_accept_are_let_through():
    limit = int(re.search(r"client_max_body_size (\d+)m;", NGINX).group(1)) * 1024 * 1024
    attachments = settings.DISCLOSURE_REQUESTS_MAX_ATTACHMENTS * settings.DISCLOSURE_REQUESTS_MAX_ATTACHMENT_BYTES
    assert limit > attachments and limit > settings.WAGTAILDOCS_MAX_UPLOAD_SIZE


def test_the_client_address_is_appended_and_the_scheme_overwritten():
    proxy = location("/")
    assert "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;" in proxy
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in proxy
    assert ENV["TRUSTED_PROXIES"] == "127.0.0.1"


def test_plain_http_only_redirects_and_tls_is_modern():
    assert "return 301 https://$host$request_uri;" in NGINX
    assert "ssl_protocols TLSv1.2 TLSv1.3;" in NGINX
