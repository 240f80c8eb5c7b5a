"""Only the handling section, the general office and superusers can open a request."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from disclosure_requests.models import RequestAttachment

from .factories import DisclosureRequestFactory, action_url, denied, index_url, inspect_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def attachment(received):
    return RequestAttachment.objects.create(
        request=received, file=SimpleUploadedFile("id.pdf", b"%PDF-1.4 id"), original_name="id.pdf",
        content_type="application/pdf", size=11,
    )


def test_other_section_cannot_open_or_act(client, staff, received, attachment, as_user):
    as_user(staff.outsider)
    assert denied(client.get(inspect_url(received)))
    assert denied(client.post(action_url(received, "answer"), {}))
    assert denied(client.get(reverse("disclosure_requests_admin:attachment", args=[received.pk, attachment.pk])))
    assert received.tracking_number not in client.get(index_url()).content.decode()
    assert not received.access_log.exists()


@pytest.fixture
def release_urls(staff, received, on_day):
    """Every URL of the release review of ``received`` (保密审查 第六条)."""
    import datetime

    from disclosure_requests import release_review, services

    on_day(datetime.date(2026, 11, 10))
    services.answer(received, staff.drafter, answer_kind="disclose", outcome="disclosed", answer_content="全文",
                    files=[SimpleUploadedFile("目录.pdf", b"%PDF-1.4 x")])
    proposal = release_review.current_proposal(received)
    args = [received.pk, proposal.pk]
    return {
        "act": reverse("disclosure_requests_admin:release_act", args=args),
        "form": reverse("disclosure_requests_admin:release_approval_form", args=args),
        "pdf": reverse("disclosure_requests_admin:release_approval_form_pdf", args=args),
        "file": reverse("disclosure_requests_admin:released_file", args=[received.pk, proposal.files.get().pk]),
    }


@pytest.mark.parametrize("who", ["outsider", "other_head", "other_leader"])
def test_other_sections_get_403_on_the_release_review(client, staff, release_urls, as_user, who):
    from organisation.models import Role
    from tests.factories import member

    user = {
        "outsider": staff.outsider,
        "other_head": member(Role.SECTION_HEAD, staff.other_section, "plan_head"),
        "other_leader": member(Role.LEADER_IN_CHARGE, staff.other_section, "plan_leader"),
    }[who]
    as_user(user)
    for name in ("form", "pdf", "file"):
        assert denied(client.get(release_urls[name])), name
    assert denied(client.post(release_urls["act"], {"outcome": "approved", "comment": "同意"}))
    from disclosure_requests.models import ReleaseOpinion

    assert not ReleaseOpinion.objects.exists()


@pytest.mark.parametrize("who", ["drafter", "head", "leader", "reviewer", "office_clerk"])
def test_section_people_office_reviewers_and_leaders_see_the_release_review(client, staff, release_urls, as_user,
                                                                             who):
    as_user(getattr(staff, who))
    for name in ("form", "pdf", "file"):
        assert client.get(release_urls[name]).status_code == 200, name


@pytest.mark.parametrize("who", ["drafter", "head", "office_clerk", "superuser"])
def test_handling_section_general_office_and_superuser_can_open(client, staff, received, as_user, who):
    from tests.factories import UserFactory

    user = UserFactory(username="root", is_superuser=True) if who == "superuser" else getattr(staff, who)
    as_user(user)
    response = client.get(inspect_url(received))
    assert response.status_code == 200
    assert received.applicant.id_number in response.content.decode()


def test_unassigned_requests_only_for_the_general_office(client, staff, as_user):
    r = DisclosureRequestFactory()
    as_user(staff.drafter)
    assert denied(client.get(inspect_url(r)))
    as_user(staff.office_clerk)
    assert client.get(inspect_url(r)).status_code == 200


def test_attachment_download_through_the_checked_view(client, staff, received, attachment, as_user):
    as_user(staff.drafter)
    response = client.get(reverse("disclosure_requests_admin:attachment", args=[received.pk, attachment.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 id"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_anonymous_is_sent_to_login(client, received):
    response = client.get(inspect_url(received))
    assert response.status_code == 302 and "login" in response["Location"]


def test_no_personal_data_in_admin_urls(client, staff, received, as_user):
    as_user(staff.drafter)
    html = client.get(inspect_url(received)).content.decode()
    import re

    for url in re.findall(r'href="([^"]+)"', html):
        assert received.applicant.id_number not in url and received.applicant.phone not in url


def test_menu_only_for_section_members(client, staff, as_user, portal):
    from django.contrib.auth.models import Group

    from tests.factories import UserFactory

    as_user(staff.drafter)
    assert "依申请公开" in client.get(reverse("wagtailadmin_home")).content.decode()
    editor = UserFactory(username="editor_without_section")
    editor.groups.add(Group.objects.get(name="信息公开管理员"))
    as_user(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "disclosure_requests/disclosurerequest" not in html
    assert denied(client.get(index_url()))
