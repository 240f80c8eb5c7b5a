"""Factories for 依申请公开 tests. Valid identity numbers are built with the real check digits."""

import datetime

import factory
from stdnum.cn import ric, uscc

from disclosure_requests import services
from disclosure_requests.models import (
    AccessRoute,
    Applicant,
    ApplicantType,
    DisclosureRequest,
    IdDocumentType,
    OrganisationKind,
    ProvisionForm,
    State,
)


def valid_id_number(first17="64050219900307001"):
    return first17 + ric.calc_check_digit(first17 + "0")


def valid_credit_code(first17="91640500MA76Q0B1X"):
    return first17 + uscc.calc_check_digit(first17)


class ApplicantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Applicant

    applicant_type = ApplicantType.NATURAL_PERSON
    name = "张三"
    id_document_type = IdDocumentType.RESIDENT_ID
    id_number = factory.LazyFunction(valid_id_number)
    phone = "13812341234"
    email = "zhangsan@example.com"
    address = "宁夏中卫市沙坡头区某路1号"
    postcode = "755000"


class OrganisationApplicantFactory(ApplicantFactory):
    applicant_type = ApplicantType.ORGANISATION
    name = "中卫某数据科技有限公司"
    id_document_type = ""
    id_number = ""
    organisation_kind = OrganisationKind.BUSINESS
    credit_code = factory.LazyFunction(valid_credit_code)
    legal_representative = "李四"
    contact_person = "王五"


class DisclosureRequestFactory(factory.django.DjangoModelFactory):
    """A request as stored; ``received_on`` given means receipt was confirmed on that day."""

    class Meta:
        model = DisclosureRequest

    applicant = factory.SubFactory(ApplicantFactory)
    tracking_number = factory.Sequence(lambda n: f"YSQ20260101-T{n:05d}")
    query_code_digest = factory.LazyAttribute(lambda o: services.query_code_digest(o.tracking_number, "CODE2345"))
    information_name = "2025年政务数据共享目录"
    description = "请提供2025年度本局编制的政务数据共享目录全文。"
    provision_form = ProvisionForm.EMAIL
    access_route = AccessRoute.EMAIL
    state = factory.LazyAttribute(lambda o: State.RECEIVED if o.received_on else State.SUBMITTED)
    received_on = None
    clock_started_on = factory.LazyAttribute(lambda o: o.received_on)
    # an answered or closed request has exactly one outcome (database constraint)
    answer_kind = factory.LazyAttribute(lambda o: "disclose" if o.state in (State.ANSWERED, State.CLOSED) else "")
    outcome = factory.LazyAttribute(lambda o: "disclosed" if o.state in (State.ANSWERED, State.CLOSED) else "")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        obj = super()._create(model_class, *args, **kwargs)
        if obj.received_on:
            # The submission happened before the receipt confirmation.
            submitted = datetime.datetime.combine(obj.received_on, datetime.time(9), tzinfo=datetime.UTC)
            model_class.objects.filter(pk=obj.pk).update(submitted_at=submitted)
            obj.refresh_from_db()
        return obj


def release(r, staff, handler=None, comment="同意", **answer):
    """Answer ``r`` with an answer that releases information and give the four approvals of the
    release review (保密审查 第六条): the way such an answer is issued. Returns the request."""
    from disclosure_requests import release_review

    services.answer(r, handler or staff.drafter, **answer)
    proposal = release_review.current_proposal(r)
    for user in staff.release_team:
        services.give_release_opinion(proposal, user, "approved", comment)
    r.refresh_from_db()
    return r


def release_url(r, proposal=None):
    from django.urls import reverse

    from disclosure_requests import release_review

    proposal = proposal or release_review.current_proposal(r)
    return reverse("disclosure_requests_admin:release_act", args=[r.pk, proposal.pk])


def give_opinion(client, user, r, outcome="approved", comment="同意"):
    """``user`` logs in and presses 同意 / 退回修改 under the answer on the handling page."""
    from .conftest import login

    client.logout()
    login(client, user)
    return client.post(release_url(r), {"outcome": outcome, "comment": comment})


def form_data(**overrides):
    """POST data of the public form for a valid natural-person request."""
    data = {
        "applicant-applicant_type": "natural_person",
        "applicant-name": "张三",
        "applicant-id_document_type": "resident_id",
        "applicant-id_number": valid_id_number(),
        "applicant-employer": "",
        "applicant-phone": "13812341234",
        "applicant-email": "zhangsan@example.com",
        "applicant-address": "宁夏中卫市沙坡头区某路1号",
        "applicant-postcode": "755000",
        "request-information_name": "2025年政务数据共享目录",
        "request-description": "请提供2025年度本局编制的政务数据共享目录全文。",
        "request-provision_form": "email",
        "request-access_route": "email",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def organisation_form_data(**overrides):
    data = form_data(**{
        "applicant-applicant_type": "organisation",
        "applicant-name": "中卫某数据科技有限公司",
        "applicant-id_document_type": "",
        "applicant-id_number": "",
        "applicant-organisation_kind": "research",
        "applicant-credit_code": valid_credit_code(),
        "applicant-legal_representative": "李四",
        "applicant-contact_person": "王五",
    })
    data.update(overrides)
    return data


def inspect_url(r):
    from django.urls import reverse

    return reverse("disclosure_requests_disclosurerequest_modeladmin_inspect", args=[r.pk])


def index_url():
    from django.urls import reverse

    return reverse("disclosure_requests_disclosurerequest_modeladmin_index")


def action_url(r, operation):
    from django.urls import reverse

    return reverse("disclosure_requests_admin:action", args=[r.pk, operation])


def denied(response):
    """Wagtail turns PermissionDenied in admin views into a redirect to the dashboard with a message."""
    from django.urls import reverse

    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )
