from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords


class Role(models.TextChoices):
    """The four people of 保密审查 第六条, in the order they give their opinions."""

    DRAFTER = "drafter", "起草科室工作人员"
    SECTION_HEAD = "section_head", "科室负责人"
    CONFIDENTIALITY_REVIEWER = "confidentiality_reviewer", "保密审查员（办公室）"
    LEADER_IN_CHARGE = "leader_in_charge", "分管领导"


class SectionQuerySet(models.QuerySet):
    def for_user(self, user, roles=None):
        """Sections in which the user holds one of ``roles`` (any role when None)."""
        memberships = Membership.objects.filter(user=user)
        if roles:
            memberships = memberships.filter(role__in=roles)
        return self.filter(pk__in=memberships.values("section_id"))


class Section(models.Model):
    """科室: an office of the bureau. It owns the pages it drafts (谁主管、谁负责)."""

    name = models.CharField("科室名称", max_length=100, unique=True)
    code = models.SlugField("科室代码", max_length=30, unique=True, help_text="英文或拼音缩写，用于编号和链接")
    is_general_office = models.BooleanField(
        "办公室（保密审查科室）",
        default=False,
        help_text="负责政务公开和保密审查的科室，全局只能有一个",
    )
    phone = models.CharField("联系电话", max_length=40, blank=True)
    sort_order = models.PositiveIntegerField("排序", default=0)

    objects = SectionQuerySet.as_manager()
    # 保密审查 第六条: who reviewed in which section stays answerable after sections are renamed or merged.
    history = HistoricalRecords(verbose_name="科室变更记录", verbose_name_plural="科室变更记录")

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "科室"
        verbose_name_plural = "科室"
        constraints = [
            models.UniqueConstraint(
                fields=["is_general_office"],
                condition=models.Q(is_general_office=True),
                name="one_general_office",
                violation_error_message="只能有一个办公室（保密审查科室）。",
            )
        ]

    def __str__(self):
        return self.name

    @classmethod
    def general_office(cls):
        return cls.objects.filter(is_general_office=True).first()

    def members(self, role):
        from django.contrib.auth import get_user_model

        return get_user_model().objects.filter(
            is_active=True, section_memberships__section=self, section_memberships__role=role
        )


class Membership(models.Model):
    """A person's role in a section. A leader in charge holds one membership per section overseen.

    Every change is kept (``history``, see ``organisation.role_history``): who held a role on a given
    day stays answerable after the person leaves. Removing a person from a section is deleting the
    membership; the person and the section themselves are protected while they have one.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="section_memberships", verbose_name="人员"
    )
    section = models.ForeignKey(Section, on_delete=models.PROTECT, related_name="memberships", verbose_name="科室")
    role = models.CharField("角色", max_length=32, choices=Role.choices)

    history = HistoricalRecords(verbose_name="任职变更记录", verbose_name_plural="任职变更记录")

    class Meta:
        verbose_name = "科室人员"
        verbose_name_plural = "科室人员"
        constraints = [
            models.UniqueConstraint(fields=["user", "section", "role"], name="unique_membership"),
        ]
        ordering = ["section", "role", "user__username"]

    def __str__(self):
        return f"{self.section} · {self.get_role_display()} · {self.user}"

    def clean(self):
        # 保密审查 第四条: the confidentiality reviewers sit in the general office.
        if self.role == Role.CONFIDENTIALITY_REVIEWER and self.section_id and not self.section.is_general_office:
            raise ValidationError({"role": "保密审查员只能设在办公室（保密审查科室）。"})

    def save(self, *args, **kwargs):
        self.full_clean()
        super().save(*args, **kwargs)
