"""page_cache.rules: the form, the look-up and the status page carry a CSRF token or a session and are
marked never_cache, so the anonymous page cache never keeps them."""

import pytest
from django.urls import reverse

from .factories import QUERY_CODE, ComplaintFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["complaints:form", "complaints:lookup"])
def test_forms_are_rendered_for_each_visitor(client, portal, name):
    first = client.get(reverse(name))
    assert first.status_code == 200 and "csrfmiddlewaretoken" in first.content.decode()
    assert "no-cache" in first["Cache-Control"]
    client.cookies.clear()
    second = client.get(reverse(name))
    assert "Last-Modified" not in second and second.cookies  # a new token, rendered for this visitor


def test_status_page_is_never_kept(client, portal):
    complaint = ComplaintFactory(content="个人的投诉 personalkestrel")
    client.post(reverse("complaints:lookup"), {"tracking_number": complaint.tracking_number, "query_code": QUERY_CODE})
    url = reverse("complaints:status", args=[complaint.tracking_number])
    response = client.get(url)
    assert "personalkestrel" in response.content.decode() and "private" in response["Cache-Control"]
    stranger = type(client)()
    response = stranger.get(url)
    assert response.status_code == 404 and "personalkestrel" not in response.content.decode()
