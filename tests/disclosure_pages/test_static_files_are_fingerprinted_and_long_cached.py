"""Issue 15, item 4: pages link CSS and JS under fingerprinted names, served with a year-long
immutable Cache-Control (the production storage, after collectstatic)."""

import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from tests.conftest import Client

pytestmark = pytest.mark.django_db


def test_pages_link_fingerprinted_assets_that_are_cached_for_a_year(portal, tmp_path):
    storages = {**settings.STORAGES, "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=storages,
                           STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"]):
        call_command("collectstatic", "--noinput", verbosity=0)
        client = Client()  # its middleware (WhiteNoise) reads the collected files
        html = client.get(portal.home.url).content.decode()
        assets = re.findall(r'(?:href|src)="(/static/(?:css|js)/[^"]+)"', html)
        assert {a.rsplit("/", 1)[1].split(".")[0] for a in assets} >= {"portal", "reading-prefs"}
        for asset in assets:
            assert re.search(r"\.[0-9a-f]{12}\.(css|js)$", asset), asset
            response = client.get(asset)
            assert response.status_code == 200, asset
            cache_control = response["Cache-Control"]
            assert "immutable" in cache_control and int(re.search(r"max-age=(\d+)", cache_control)[1]) >= 365 * 86400
