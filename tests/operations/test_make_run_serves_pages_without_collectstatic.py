"""`make run` serves the demo with DEBUG off (the site's own 404 page) and collects no static files:
the development settings must link plain static names, or every page fails on the manifest."""

import importlib

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_demo_settings_serve_pages_with_debug_off(portal, client):
    dev = importlib.import_module("disclosure_site.settings.dev")
    with override_settings(DEBUG=False, STORAGES=dev.STORAGES):
        response = client.get(portal.home.url)
        assert response.status_code == 200
        assert "/static/css/portal.css" in response.content.decode()
        assert client.get("/no-such-page/").status_code == 404
