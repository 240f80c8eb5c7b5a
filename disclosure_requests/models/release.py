"""The release review of an answer that gives information (保密审查 第二、三、六条).

An answer releasing information (予以公开, 部分公开, or any file given to the applicant) is not issued
when the handling section records it: it is proposed, and the four people of 保密审查 第六条 give
their opinions on that very proposal before the letter goes out. Proposals and opinions are written
once and never changed or deleted (``ImmutableRecord``); changing the answer makes a new proposal.
"""

import uuid
from pathlib import Path

from django.conf import settings
from django.db import models

from moderation.models.opinions import ImmutableRecord, Outcome, ReviewStep

from .attachment import private_storage
from .choices import DISCLOSING_OUTCOMES, AnswerKind, NationalOutcome

# The fields of an answer, as the handling section writes them (依申请公开 第二条, 条例 第三十六条).
ANSWER_FIELDS = ("answer_kind", "outcome", "answer_content", "answer_basis", "answer_reasons",
                 "other_agency_name", "other_agency_contact")


def releases_information(outcome, files=()):
    """保密审查 第二、三条: an answer that gives information, or any file, is reviewed before it goes out."""
    return outcome in DISCLOSING_OUTCOMES or bool(files)


def released_file_path(instance, filename):
    # The stored name says nothing about the file's title.
    return f"released/{instance.request.tracking_number}/{uuid.uuid4().hex}{Path(filename).suffix.lower()}"


class ReleasedFile(models.Model):
    """A file given to the applicant with an answer. Private until the answer is issued."""

    request = models.ForeignKey(
        "disclosure_requests.DisclosureRequest", on_delete=models.PROTECT, related_name="released_files",
        verbose_name="申请",
    )
    file = models.FileField("文件", storage=private_storage, upload_to=released_file_path, max_length=200)
    original_name = models.CharField("文件名", max_length=200)
    content_type = models.CharField("类型", max_length=100)
    size = models.PositiveIntegerField("大小（字节）")
    sha256 = models.CharField("SHA-256", max_length=64, help_text="审查时的文件内容摘要；内容改变即须重新审查")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="上传人"
    )
    uploaded_at = models.DateTimeField("上传时间", auto_now_add=True)

    class Meta:
        verbose_name = "公开的文件"
        verbose_name_plural = "公开的文件"
        ordering = ["pk"]

    def __str__(self):
        return self.original_name


class ReleaseProposal(ImmutableRecord):
    """One version of an answer that releases information, sent to the release review.

    Its state is derived from its opinions, never stored: waiting for the next step, returned
    (a rejection), or approved (four approvals from four people). Only the latest proposal of a
    request counts; an earlier one stays on record with its opinions.
    """

    request = models.ForeignKey(
        "disclosure_requests.DisclosureRequest", on_delete=models.PROTECT, related_name="release_proposals",
        verbose_name="申请",
    )
    round = models.PositiveSmallIntegerField("送审轮次")
    answer_kind = models.CharField("答复类型", max_length=24, choices=AnswerKind.choices)
    outcome = models.CharField("办理结果（年报口径）", max_length=32, choices=NationalOutcome.choices)
    answer_content = models.TextField("答复内容", blank=True)
    answer_basis = models.TextField("法律依据", blank=True)
    answer_reasons = models.TextField("理由", blank=True)
    other_agency_name = models.CharField("负责公开的机关", max_length=100, blank=True)
    other_agency_contact = models.CharField("该机关联系方式", max_length=100, blank=True)
    immediate = models.BooleanField("当场答复", default=False)
    files = models.ManyToManyField(ReleasedFile, blank=True, related_name="proposals", verbose_name="公开的文件")
    fingerprint = models.CharField("内容摘要", max_length=64, help_text="答复内容和文件的摘要，发出时再次核对")
    findings = models.JSONField("敏感信息提示", default=list, blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="送审人"
    )
    proposed_at = models.DateTimeField("送审时间", auto_now_add=True)

    class Meta:
        verbose_name = "答复发布前审查"
        verbose_name_plural = "答复发布前审查"
        ordering = ["request", "round"]
        constraints = [models.UniqueConstraint(fields=["request", "round"], name="one_release_proposal_per_round")]

    def __str__(self):
        return f"{self.request} 第{self.round}轮"

    def answer_fields(self):
        return {field: getattr(self, field) for field in ANSWER_FIELDS}

    def get_outcome_label(self):
        from .choices import outcome_full_label

        return outcome_full_label(self.outcome)

    # -- state, derived from the opinions (prefetch ``opinions`` when listing) -------------------

    def _opinions(self):
        return sorted(self.opinions.all(), key=lambda o: o.step)

    @property
    def rejection(self):
        return next((o for o in self._opinions() if o.outcome == Outcome.REJECTED), None)

    @property
    def approvals(self):
        return [o for o in self._opinions() if o.outcome == Outcome.APPROVED]

    @property
    def is_approved(self):
        """保密审查 第六条: all four steps approved this proposal, by four different people."""
        approvals = self.approvals
        return (self.rejection is None and {o.step for o in approvals} == set(ReviewStep.values)
                and len({o.reviewer_id for o in approvals}) == len(ReviewStep.values))

    @property
    def next_step(self):
        """The step waiting for an opinion, or None when returned or approved."""
        if self.rejection is not None:
            return None
        done = {o.step for o in self.approvals}
        return next((step for step in ReviewStep if step.value not in done), None)

    def status_label(self, is_current=True):
        if self.is_approved:
            return "已批准"
        if self.rejection is not None:
            return "已退回修改"
        if not is_current:
            return "已作废（答复已修改或已另行答复）"
        return f"待{self.next_step.label}"


class ReleaseOpinion(ImmutableRecord):
    """One person's opinion at one step of one proposal: who, when, decision, comment."""

    proposal = models.ForeignKey(ReleaseProposal, on_delete=models.PROTECT, related_name="opinions",
                                 verbose_name="送审的答复")
    step = models.PositiveSmallIntegerField("步骤", choices=ReviewStep.choices)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="审查人"
    )
    outcome = models.CharField("结果", max_length=16, choices=Outcome.choices)
    comment = models.TextField("意见说明", blank=True)
    created_at = models.DateTimeField("时间", auto_now_add=True)

    class Meta:
        verbose_name = "答复审查意见"
        verbose_name_plural = "答复审查意见"
        ordering = ["proposal", "step"]
        constraints = [
            # One opinion per step, whatever races; one step per person (separation of duties).
            models.UniqueConstraint(fields=["proposal", "step"], name="one_release_opinion_per_step"),
            models.UniqueConstraint(fields=["proposal", "reviewer"], name="one_release_opinion_per_person"),
        ]

    def __str__(self):
        return f"{self.get_step_display()} · {self.reviewer} · {self.get_outcome_display()}"
