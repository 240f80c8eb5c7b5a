"""条例 第二十九条: the public form collects identity, contact, the information sought and the form
of provision; clear Chinese messages for every mistake; nothing is lost."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from disclosure_requests.models import Applicant, DisclosureRequest, RequestAttachment, State

from .factories import form_data, organisation_form_data, valid_id_number

pytestmark = pytest.mark.django_db
APPLY = reverse("disclosure_requests:apply")


def submit(client, data, **extra):
    return client.post(APPLY, data, **extra)


def test_form_page_has_labels_for_every_field(client, portal):
    response = client.get(APPLY)
    assert response.status_code == 200
    html = response.content.decode()
    for field_id in ("id_applicant-name", "id_applicant-id_number", "id_applicant-phone", "id_request-information_name",
                     "id_request-description", "id_request-attachments"):
        assert f'for="{field_id}"' in html
    assert "csrfmiddlewaretoken" in html


def test_natural_person_request_is_stored_and_codes_are_shown(client, portal, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, form_data(), follow=True)
    assert response.status_code == 200
    r = DisclosureRequest.objects.get()
    assert r.state == State.SUBMITTED and r.received_on is None  # 条例 第三十一条: not yet received
    html = response.content.decode()
    assert r.tracking_number in html
    code = response.context["code"]
    assert len(code) == 8 and code in html
    assert r.query_code_digest != code  # only a keyed digest is stored
    assert r.applicant.id_number == valid_id_number()
    assert r.events.get().kind == "submitted"
    assert mail.outbox and r.tracking_number in mail.outbox[0].body


def test_organisation_with_kind_is_stored(client, portal):
    submit(client, organisation_form_data())
    applicant = Applicant.objects.get()
    assert applicant.applicant_type == "organisation" and applicant.organisation_kind == "research"
    assert applicant.category == "research"
    assert applicant.id_number == ""


def test_full_width_input_is_normalised_before_validation(client, portal):
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in valid_id_number())
    submit(client, form_data(**{"applicant-id_number": full_width, "applicant-phone": "１３８１２３４１２３４"}))
    applicant = Applicant.objects.get()
    assert applicant.id_number == valid_id_number()
    assert applicant.phone == "13812341234"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("applicant-id_number", valid_id_number()[:-1] + ("0" if valid_id_number()[-1] != "0" else "1"),
         "公民身份号码校验码不正确，请核对后重新填写。"),
        ("applicant-id_number", "12345", "公民身份号码应为18位，前17位为数字，最后一位为数字或X。"),
        ("applicant-id_number", "640502199013070010", "公民身份号码中的出生日期无效。"),
        ("applicant-id_number", "", "请填写证件号码。"),
        ("applicant-name", "", "请填写姓名。"),
        ("applicant-phone", "12345", "联系电话格式不正确：请填写11位手机号码，或带区号的固定电话（如 0955-1234567）。"),
        ("applicant-phone", "", "请填写联系电话。"),
        ("applicant-email", "not-an-email", "电子邮箱格式不正确，例如：name@example.com。"),
        ("applicant-postcode", "7550", "邮政编码应为6位数字。"),
        ("applicant-address", "", "请填写通信地址。"),
        ("applicant-applicant_type", "", "请选择申请人类型。"),
        ("request-information_name", "", "请填写所需信息名称。"),
        ("request-description", "", "请描述所需信息的内容，便于我们准确检索。"),
        ("request-provision_form", "", "请选择提供载体。"),
        ("request-access_route", "", "请选择获取方式。"),
    ],
)
def test_each_validation_message(client, portal, field, value, message):
    response = submit(client, form_data(**{field: value}))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not DisclosureRequest.objects.exists()
    # the typed values come back, so nothing has to be typed again
    assert "宁夏中卫市沙坡头区某路1号" in response.content.decode() or field == "applicant-address"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("applicant-credit_code", "91640500MA76Q0B1X0", "统一社会信用代码校验码不正确，请核对后重新填写。"),
        ("applicant-credit_code", "9164050OMA76Q0B1X1", "统一社会信用代码应为18位数字或大写字母（不含I、O、Z、S、V）。"),
        ("applicant-credit_code", "", "请填写统一社会信用代码。"),
        ("applicant-organisation_kind", "", "请选择组织类别。"),
        ("applicant-legal_representative", "", "请填写法定代表人或负责人。"),
        ("applicant-contact_person", "", "请填写联系人。"),
    ],
)
def test_each_organisation_validation_message(client, portal, field, value, message):
    data = organisation_form_data(**{field: value})
    if field == "applicant-credit_code" and value.endswith("X0"):
        from .factories import valid_credit_code

        good = valid_credit_code()
        data[field] = good[:-1] + ("0" if good[-1] != "0" else "1")
    response = submit(client, data)
    assert message in response.content.decode()
    assert not DisclosureRequest.objects.exists()


def test_error_is_tied_to_its_field(client, portal):
    response = submit(client, form_data(**{"applicant-phone": "12345"}))
    html = response.content.decode()
    assert 'id="id_applicant-phone-errors"' in html
    import re

    phone_input = re.search(r'<input[^>]*id="id_applicant-phone"[^>]*>', html).group(0)
    assert 'aria-describedby="id_applicant-phone-errors"' in phone_input
    assert 'aria-invalid="true"' in phone_input
    id_input = re.search(r'<input[^>]*id="id_applicant-id_number"[^>]*>', html).group(0)
    assert 'aria-describedby="id_applicant-id_number-help"' in id_input and "aria-invalid" not in id_input


def test_csrf_is_required(portal):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(APPLY, form_data())
    assert response.status_code == 403
    assert not DisclosureRequest.objects.exists()


def test_pdf_attachment_is_stored_privately(client, portal, settings):
    upload = SimpleUploadedFile("身份证明.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    submit(client, {**form_data(), "request-attachments": [upload]})
    attachment = RequestAttachment.objects.get()
    assert attachment.original_name == "身份证明.pdf"
    path = attachment.file.path
    assert str(settings.DISCLOSURE_REQUESTS_PRIVATE_ROOT) in path
    assert not path.startswith(str(settings.MEDIA_ROOT))
    assert "身份证明" not in path  # the stored name says nothing about the file
    with pytest.raises(ValueError):
        attachment.file.url  # no public URL exists


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("script.exe", b"MZ...", "类型不允许"),
        ("fake.pdf", b"not a pdf", "内容与文件类型不符"),
    ],
)
def test_attachment_type_is_checked(client, portal, name, content, message):
    upload = SimpleUploadedFile(name, content)
    response = submit(client, {**form_data(), "request-attachments": [upload]})
    assert message in response.content.decode()
    assert not DisclosureRequest.objects.exists()


def test_attachment_size_is_limited(client, portal, settings):
    settings.DISCLOSURE_REQUESTS_MAX_ATTACHMENT_BYTES = 100
    upload = SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * 200)
    response = submit(client, {**form_data(), "request-attachments": [upload]})
    assert "超过" in response.content.decode()
    assert not DisclosureRequest.objects.exists()


def test_too_many_attachments_refused(client, portal, settings):
    settings.DISCLOSURE_REQUESTS_MAX_ATTACHMENTS = 1
    uploads = [SimpleUploadedFile(f"{i}.pdf", b"%PDF-1.4") for i in range(2)]
    response = submit(client, {**form_data(), "request-attachments": uploads})
    assert "最多上传 1 个附件。" in response.content.decode()


def test_request_is_kept_when_mail_fails(client, portal, monkeypatch, django_capture_on_commit_callbacks):
    calls = []

    def broken(*args, **kwargs):
        calls.append(args)
        raise ConnectionRefusedError("smtp down")

    monkeypatch.setattr("outgoing.mail.send_mail", broken)
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, form_data(), follow=True)
    assert calls  # the mail was attempted after the commit, and failed
    assert response.status_code == 200
    assert DisclosureRequest.objects.count() == 1


def test_model_layer_refuses_bad_input_without_the_form(portal):
    from django.core.exceptions import ValidationError

    from disclosure_requests import services
    from disclosure_requests.models import Applicant as A
    from disclosure_requests.models import DisclosureRequest as R

    applicant = A(applicant_type="natural_person", name="张三", id_document_type="resident_id",
                  id_number="640502199003070010", phone="13812341234", address="某路1号")
    with pytest.raises(ValidationError) as error:
        services.submit_request(applicant, R(information_name="x", description="y", provision_form="paper",
                                             access_route="post"))
    assert "id_number" in error.value.message_dict
    assert not R.objects.exists()


def test_tracking_number_collision_draws_again(client, portal, monkeypatch):
    from disclosure_requests import services

    first = client.post(APPLY, form_data())
    assert first.status_code == 302
    taken = DisclosureRequest.objects.get().tracking_number
    draws = iter([taken, taken, "YSQ20261128-NEWONE"])
    monkeypatch.setattr(services, "_new_tracking_number", lambda day: next(draws))
    assert client.post(APPLY, form_data()).status_code == 302
    assert set(DisclosureRequest.objects.values_list("tracking_number", flat=True)) == {taken, "YSQ20261128-NEWONE"}
    assert Applicant.objects.count() == 2
