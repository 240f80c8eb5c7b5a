from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from outgoing.identifiers import mask

from .. import validators
from .choices import ApplicantType, IdDocumentType, OrganisationKind

NATURAL_PERSON_REQUIRED = {
    "name": "请填写姓名。",
    "id_document_type": "请选择证件类型。",
    "id_number": "请填写证件号码。",
}
ORGANISATION_REQUIRED = {
    "name": "请填写法人或其他组织名称。",
    "credit_code": "请填写统一社会信用代码。",
    "legal_representative": "请填写法定代表人或负责人。",
    "contact_person": "请填写联系人。",
    "organisation_kind": "请选择组织类别。",
}
# Asked of every applicant (条例 第二十九条（一）: 联系方式).
CONTACT_REQUIRED = {
    "phone": "请填写联系电话。",
    "address": "请填写通信地址。",
}


class Applicant(models.Model):
    """申请人: a natural person, or a legal person or other organisation (条例 第二十九条（一）).

    Personal data, kept for the statutory duty only: masked in lists and exports, never in URLs,
    logs or search indexes; every view is written to the access log.
    """

    applicant_type = models.CharField("申请人类型", max_length=20, choices=ApplicantType.choices)
    name = models.CharField("姓名或名称", max_length=100, blank=True)  # required: checked in clean()
    # Natural person
    id_document_type = models.CharField(
        "证件类型", max_length=20, choices=IdDocumentType.choices, blank=True
    )
    id_number = models.CharField("证件号码", max_length=30, blank=True)
    employer = models.CharField("工作单位", max_length=100, blank=True)
    # Legal person or other organisation
    organisation_kind = models.CharField(
        "组织类别", max_length=20, choices=OrganisationKind.choices, blank=True
    )
    credit_code = models.CharField("统一社会信用代码", max_length=18, blank=True)
    legal_representative = models.CharField("法定代表人或负责人", max_length=50, blank=True)
    contact_person = models.CharField("联系人", max_length=50, blank=True)
    # Both
    phone = models.CharField("联系电话", max_length=30, blank=True)
    email = models.CharField("电子邮箱", max_length=120, blank=True)  # checked in clean(), after NFKC
    address = models.CharField("通信地址", max_length=200, blank=True)
    postcode = models.CharField("邮政编码", max_length=6, blank=True)
    fax = models.CharField("传真", max_length=30, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "申请人"
        verbose_name_plural = "申请人"

    def __str__(self):
        return self.name

    TEXT_FIELDS = ("name", "id_number", "employer", "credit_code", "legal_representative", "contact_person",
                   "phone", "email", "address", "postcode", "fax")

    def normalise(self):
        for field in self.TEXT_FIELDS:
            setattr(self, field, validators.normalise(getattr(self, field)) or "")
        self.id_number = self.id_number.upper()
        self.credit_code = self.credit_code.upper()
        self.email = self.email.lower()
        self.phone = self.phone.replace(" ", "")

    def clean_fields(self, exclude=None):
        self.normalise()  # before the field validators, so full-width input passes as ASCII
        super().clean_fields(exclude=exclude)

    def clean(self):
        self.normalise()
        errors = {}

        def check(field, validator):
            value = getattr(self, field)
            if value:
                try:
                    validator(value)
                except ValidationError as error:
                    errors.setdefault(field, []).extend(error.messages)

        if self.applicant_type == ApplicantType.NATURAL_PERSON:
            required = NATURAL_PERSON_REQUIRED
            # Fields of the other kind are dropped so nothing stale is stored.
            self.organisation_kind = self.credit_code = self.legal_representative = self.contact_person = ""
            if self.id_document_type == IdDocumentType.RESIDENT_ID:
                check("id_number", validators.validate_id_number)
            elif self.id_document_type:
                check("id_number", validators.validate_other_document_number)
        elif self.applicant_type == ApplicantType.ORGANISATION:
            required = ORGANISATION_REQUIRED
            self.id_document_type = self.id_number = self.employer = ""
            check("credit_code", validators.validate_credit_code)
        else:
            required = {}
        for field, message in {**required, **CONTACT_REQUIRED}.items():
            if not getattr(self, field):
                errors.setdefault(field, []).append(message)
        check("phone", validators.validate_phone)
        check("fax", validators.validate_phone)
        check("email", validators.validate_email)
        check("postcode", validators.validate_postcode)
        if errors:
            raise ValidationError(errors)

    # -- derived values ------------------------------------------------------------------

    @property
    def category(self):
        """The annual-report column: 自然人, or the organisation's kind."""
        if self.applicant_type == ApplicantType.NATURAL_PERSON:
            return ApplicantType.NATURAL_PERSON.value
        return self.organisation_kind or "other"

    @property
    def identity_number(self):
        """What identifies the applicant across requests (fees per applicant and month)."""
        return self.credit_code if self.applicant_type == ApplicantType.ORGANISATION else self.id_number

    @property
    def masked_identity_number(self):
        return mask(self.identity_number)

    @property
    def masked_phone(self):
        return mask(self.phone)
