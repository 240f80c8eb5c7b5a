"""In production the web server sends the file (X-Accel-Redirect for nginx, X-Sendfile for Apache),
but only after the publication check: a file that is not public gets a plain 404 and no header."""

import os
import subprocess
import sys

import pytest

from .factories import document, image, item_using

pytestmark = pytest.mark.django_db


@pytest.fixture
def accel_redirect(settings, file_storage):
    settings.SENDFILE_BACKEND = "django_sendfile.backends.nginx"
    settings.SENDFILE_ROOT = str(file_storage)
    settings.SENDFILE_URL = "/internal-files"


def test_public_files_go_out_through_x_accel_redirect(client, portal, people, accel_redirect):
    doc, img = document(people.section_a), image(people.section_a)
    item_using(portal.categories["other"], people.section_a, documents=[doc], images=[img])
    response = client.get(doc.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/internal-files/{doc.file.name}"
    assert response.content == b""
    rendition = img.get_rendition("width-800")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/internal-files/{rendition.file.name}"


def test_files_that_are_not_public_get_no_header(client, portal, people, accel_redirect):
    doc, img = document(people.section_a), image(people.section_a)
    item_using(portal.categories["other"], people.section_a, documents=[doc], images=[img], live=False)
    for url in [doc.url, img.get_rendition("width-800").url, img.file.url]:
        response = client.get(url, HTTP_IF_NONE_MATCH="*")
        assert response.status_code == 404 and not response.has_header("X-Accel-Redirect"), url


def test_x_sendfile_names_the_stored_file(client, portal, people, settings, file_storage):
    settings.SENDFILE_BACKEND = "django_sendfile.backends.xsendfile"
    doc = document(people.section_a)
    item_using(portal.categories["other"], people.section_a, documents=[doc])
    assert client.get(doc.url)["X-Sendfile"] == doc.file.path


def settings_with(**environment):
    code = "from django.conf import settings; print(settings.SENDFILE_BACKEND, settings.SENDFILE_URL)"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "disclosure_site.settings.dev", **environment}
    return subprocess.run([sys.executable, "-c", f"import django; django.setup(); {code}"],
                          env=env, capture_output=True, text=True)


def test_the_setting_is_read_from_the_environment():
    result = settings_with(SENDFILE_HEADER="X-Accel-Redirect", SENDFILE_URL="/protected-files")
    assert result.stdout.split() == ["django_sendfile.backends.nginx", "/protected-files"], result.stderr
    result = settings_with(SENDFILE_HEADER="X-Forwarded-File")
    assert result.returncode != 0 and "SENDFILE_HEADER must be X-Accel-Redirect, X-Sendfile or empty" in result.stderr
